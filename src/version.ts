/** The action's name and version, as the user agent reports them. A test keeps them equal to package.json's. */
export const ACTION_NAME = 'aws-secretsmanager-update-secret'
export const ACTION_VERSION = '1.0.0'
