/** The Python of a virtual environment made at `venv` (bin/python, or Scripts\python.exe on Windows). */
export function venvPython(venv?: string, platform?: NodeJS.Platform): string
