/** README with its inputs and outputs tables regenerated from action.yml's text. */
export function render(readme: string, actionYml: string): string
export function tables(actionYml: string): { inputs: string; outputs: string }
