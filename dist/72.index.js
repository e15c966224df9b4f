export const id = 72;
export const ids = [72];
export const modules = {

/***/ 5747:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  k: () => (/* binding */ makeBuilder)
});

// EXTERNAL MODULE: ../node_modules/@smithy/types/dist-es/middleware.js
var middleware = __webpack_require__(876);
// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/client/middleware-stack/MiddlewareStack.js
var MiddlewareStack = __webpack_require__(5661);
// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/schema/schemas/NormalizedSchema.js
var NormalizedSchema = __webpack_require__(6627);
;// CONCATENATED MODULE: ../node_modules/@smithy/core/dist-es/submodules/client/smithy-client/schemaLogFilter.js

const SENSITIVE_STRING = "***SensitiveInformation***";
function schemaLogFilter(schema, data) {
    if (data == null) {
        return data;
    }
    const ns = NormalizedSchema/* NormalizedSchema */.l1.of(schema);
    if (ns.getMergedTraits().sensitive) {
        return SENSITIVE_STRING;
    }
    if (ns.isListSchema()) {
        const valueSchema = ns.getValueSchema();
        if (valueSchema.getMergedTraits().sensitive) {
            return SENSITIVE_STRING;
        }
        if (Array.isArray(data)) {
            return data.map((value) => schemaLogFilter(valueSchema, value));
        }
    }
    else if (ns.isMapSchema()) {
        const valueSchema = ns.getValueSchema();
        if (ns.getKeySchema().getMergedTraits().sensitive || valueSchema.getMergedTraits().sensitive) {
            return SENSITIVE_STRING;
        }
        if (typeof data === "object") {
            return Object.fromEntries(Object.entries(data).map(([key, value]) => [key, schemaLogFilter(valueSchema, value)]));
        }
    }
    else if (ns.isStructSchema() && typeof data === "object") {
        const object = data;
        const newObject = {};
        for (const [member, memberNs] of ns.structIterator()) {
            if (object[member] != null) {
                newObject[member] = schemaLogFilter(memberNs, object[member]);
            }
        }
        return newObject;
    }
    return data;
}

;// CONCATENATED MODULE: ../node_modules/@smithy/core/dist-es/submodules/client/smithy-client/command.js




const operationEventStreamMarker = Symbol.for("@smithy/op-event-stream");
class Command {
    middlewareStack = (0,MiddlewareStack/* constructStack */.o)();
    schema;
    static classBuilder() {
        return new ClassBuilder();
    }
    resolveMiddlewareWithContext(clientStack, configuration, options, { middlewareFn, clientName, commandName, inputFilterSensitiveLog, outputFilterSensitiveLog, smithyContext, additionalContext, CommandCtor, }) {
        for (const mw of middlewareFn.bind(this)(CommandCtor, clientStack, configuration, options)) {
            this.middlewareStack.use(mw);
        }
        const stack = clientStack.concat(this.middlewareStack);
        const { logger } = configuration;
        const additionalSmithyContext = additionalContext[middleware/* SMITHY_CONTEXT_KEY */.V];
        const handlerExecutionContext = {
            logger,
            clientName,
            commandName,
            inputFilterSensitiveLog,
            outputFilterSensitiveLog,
            ...additionalContext,
            [middleware/* SMITHY_CONTEXT_KEY */.V]: {
                ...additionalSmithyContext,
                commandInstance: this,
                ...smithyContext,
                ...(options?.metricsRecorder === undefined ? {} : { metricsRecorder: options.metricsRecorder }),
                ...(options?.abortSignal === undefined ? {} : { abortSignal: options.abortSignal }),
            },
        };
        const { requestHandler } = configuration;
        let requestOptions = options ?? {};
        if (requestOptions.metricsRecorder) {
            requestOptions = { ...requestOptions };
            delete requestOptions.metricsRecorder;
        }
        let isEventStream;
        const schema = this.schema;
        const marker = schema?.[operationEventStreamMarker];
        if (marker !== undefined) {
            isEventStream = marker;
        }
        else if (schema) {
            if (Array.isArray(schema) && schema[0] === 9) {
                const [, , , , input$, output$] = schema;
                isEventStream = schema[operationEventStreamMarker] = Boolean(NormalizedSchema/* NormalizedSchema */.l1.of(input$).getEventStreamMember() || NormalizedSchema/* NormalizedSchema */.l1.of(output$).getEventStreamMember());
            }
        }
        if (isEventStream) {
            requestOptions = {
                isEventStream,
                ...requestOptions,
            };
        }
        return stack.resolve((request) => requestHandler.handle(request.request, requestOptions), handlerExecutionContext);
    }
}
class ClassBuilder {
    _init = () => { };
    _ep = {};
    _middlewareFn = () => [];
    _commandName = "";
    _clientName = "";
    _additionalContext = {};
    _smithyContext = {};
    _inputFilterSensitiveLog = undefined;
    _outputFilterSensitiveLog = undefined;
    _serializer = null;
    _deserializer = null;
    _operationSchema;
    init(cb) {
        this._init = cb;
    }
    ep(endpointParameterInstructions) {
        this._ep = endpointParameterInstructions;
        return this;
    }
    m(middlewareSupplier) {
        this._middlewareFn = middlewareSupplier;
        return this;
    }
    s(service, operation, smithyContext = {}) {
        this._smithyContext = {
            service,
            operation,
            ...smithyContext,
        };
        return this;
    }
    c(additionalContext = {}) {
        this._additionalContext = additionalContext;
        return this;
    }
    n(clientName, commandName) {
        this._clientName = clientName;
        this._commandName = commandName;
        return this;
    }
    f(inputFilter = (_) => _, outputFilter = (_) => _) {
        this._inputFilterSensitiveLog = inputFilter;
        this._outputFilterSensitiveLog = outputFilter;
        return this;
    }
    ser(serializer) {
        this._serializer = serializer;
        return this;
    }
    de(deserializer) {
        this._deserializer = deserializer;
        return this;
    }
    sc(operation) {
        this._operationSchema = operation;
        this._smithyContext.operationSchema = operation;
        return this;
    }
    build() {
        const closure = this;
        let CommandRef;
        return (CommandRef = class extends Command {
            input;
            static getEndpointParameterInstructions() {
                return closure._ep;
            }
            constructor(...[input]) {
                super();
                this.input = input ?? {};
                closure._init(this);
                this.schema = closure._operationSchema;
            }
            resolveMiddleware(stack, configuration, options) {
                const op = closure._operationSchema;
                const input = op?.[4] ?? op?.input;
                const output = op?.[5] ?? op?.output;
                return this.resolveMiddlewareWithContext(stack, configuration, options, {
                    CommandCtor: CommandRef,
                    middlewareFn: closure._middlewareFn,
                    clientName: closure._clientName,
                    commandName: closure._commandName,
                    inputFilterSensitiveLog: closure._inputFilterSensitiveLog ?? (op ? schemaLogFilter.bind(null, input) : (_) => _),
                    outputFilterSensitiveLog: closure._outputFilterSensitiveLog ?? (op ? schemaLogFilter.bind(null, output) : (_) => _),
                    smithyContext: closure._smithyContext,
                    additionalContext: closure._additionalContext,
                });
            }
            serialize = closure._serializer;
            deserialize = closure._deserializer;
        });
    }
}

;// CONCATENATED MODULE: ../node_modules/@smithy/core/dist-es/submodules/client/smithy-client/client-command-builder.js

function makeBuilder(common, service, name, ep) {
    return function makeCommand(added, plugins, op, $, smithyContext = {}) {
        const epMerged = Object.assign({}, common, added);
        return Command.classBuilder()
            .ep(epMerged)
            .m(function (CommandCtor, clientStack, config, options) {
            const list = plugins.call(this, CommandCtor, clientStack, config, options);
            list.unshift(ep(config, CommandCtor.getEndpointParameterInstructions()));
            return list;
        })
            .s(service, op, smithyContext)
            .n(name, op.charAt(0).toUpperCase() + op.slice(1) + "Command")
            .sc($)
            .build();
    };
}


/***/ }),

/***/ 1072:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "os"
var external_os_ = __webpack_require__(857);
;// CONCATENATED MODULE: ../node_modules/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ../node_modules/@actions/core/lib/command.js


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + external_os_.EOL);
}
function issue(name, message = '') {
    issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map
// EXTERNAL MODULE: external "crypto"
var external_crypto_ = __webpack_require__(6982);
// EXTERNAL MODULE: external "fs"
var external_fs_ = __webpack_require__(9896);
;// CONCATENATED MODULE: ../node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_.appendFileSync(filePath, `${toCommandValue(message)}${external_os_.EOL}`, {
        encoding: 'utf8'
    });
}
function prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_.randomUUID()}`;
    const convertedValue = toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${external_os_.EOL}${convertedValue}${external_os_.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
;// CONCATENATED MODULE: ./core-lite.ts
/**
 * What the bundle gets for `@actions/core` (bundle/tsconfig.json's `paths`, read by ncc alone):
 * the functions src/ calls, as @actions/core's entry point (lib/core.js) writes them, built on its
 * command modules only. Each is typed as the public one, so a signature that drifts fails
 * `npm run typecheck`; the integration tests run the bundle, and so these, against the runner's
 * emulation. The unit tests and @github/local-action (under tsx) load the real entry point.
 *
 * Why: the entry point also loads its HTTP client (undici, for OIDC tokens this action never asks
 * for), @actions/exec, @actions/io and its summary module. Bundled from the public entry point,
 * index.js grows from 665 KiB to 1.7 MiB, and a plain update (`npm run bench -- --variant
 * <that build>/index.js --no-cli --runs 3 --rounds 10`, 2 shared cores, Node 24) took 1.34 times
 * the wall time and 1.36 times the CPU time of the build with this module (CPU 143 ms against
 * 104 ms, peak RSS 72.0 MB against 61.6 MB); with this module the bundle measures as before
 * (CPU time 1.00 times, A/S 1.02).
 */




const getInput = (name, options) => {
    const value = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    if (options?.required && !value)
        throw new Error(`Input required and not supplied: ${name}`);
    return options?.trimWhitespace === false ? value : value.trim();
};
const setSecret = (secret) => {
    issueCommand('add-mask', {}, secret);
};
const info = (message) => {
    process.stdout.write(message + external_node_os_.EOL);
};
const warning = (message, properties = {}) => {
    issueCommand('warning', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
};
const notice = (message, properties = {}) => {
    issueCommand('notice', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
};
const error = (message, properties = {}) => {
    issueCommand('error', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
};
const setFailed = (message) => {
    process.exitCode = 1;
    error(message);
};
const setOutput = (name, value) => {
    if (process.env.GITHUB_OUTPUT)
        return issueFileCommand('OUTPUT', prepareKeyValueMessage(name, value));
    process.stdout.write(external_node_os_.EOL);
    issueCommand('set-output', { name }, toCommandValue(value));
};
const exportVariable = (name, value) => {
    process.env[name] = toCommandValue(value);
    if (process.env.GITHUB_ENV)
        return issueFileCommand('ENV', prepareKeyValueMessage(name, value));
    issueCommand('set-env', { name }, toCommandValue(value));
};

;// CONCATENATED MODULE: ../src/inert.ts
/**
 * Pure: text made inert for the runner's log. The runner reads a step's stdout line by line (a
 * line ends at `\n`, `\r` or `\r\n`: .NET's StreamReader.ReadLine) and runs as a command a line
 * that starts with `::name::` after .NET's TrimStart() (any Unicode white space), or that holds
 * `##[name]` anywhere (actions/runner, ActionCommand.TryParseV2 and TryParse). The log file and
 * its viewer also take `##[` markers written on a line of their own.
 *
 * runner.ts passes every log line, warning and error through inert(), so that text this action
 * did not write (inputs, descriptions and messages read from AWS) can neither start a line nor
 * form a command, whichever caller printed it.
 */
/**
 * Escaped as `\n`, `\r` or `\uXXXX`: every line end and control character (C0 but tab, DEL, C1,
 * U+2028/U+2029, which a log viewer may break on), and the bidi embeddings, overrides and isolates
 * that would show the text in another order than it has.
 */
const UNPRINTABLE = /[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/** What .NET's String.TrimStart() removes (char.IsWhiteSpace) that can remain after the escaping above. */
const LEADING_SPACE = /^[\t \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]*/;
function inert_escape(char) {
    if (char === '\n')
        return '\\n';
    if (char === '\r')
        return '\\r';
    return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
}
/** `text` as one line that the runner shows as it is and never reads as a command. */
function inert(text) {
    const line = text.replace(UNPRINTABLE, inert_escape).split('##[').join('##\\[');
    const lead = LEADING_SPACE.exec(line)[0].length;
    return line.startsWith('::', lead) ? `${line.slice(0, lead)}:\\${line.slice(lead + 1)}` : line;
}

;// CONCATENATED MODULE: ../src/runner.ts
/**
 * The runner's protocol through @actions/core's public entry point: masks, log lines,
 * annotations, outputs, exported variables, the job summary and the exit code. main.ts is its only
 * user (settings.ts reads the inputs through the same entry point).
 *
 * Through the public entry point, tools that stand in for the runner work: @github/local-action
 * replaces @actions/core's lib/core.js with its own functions (inputs with action.yml's defaults,
 * masks, the outputs it reports). The bundle does not pay for that entry point: `npm run build`
 * maps `@actions/core` to bundle/core-lite.ts (bundle/tsconfig.json's `paths`), the same functions
 * built on @actions/core's command modules alone (see there what that saves, measured).
 */




/** Registers a value with the runner's masking: it prints as *** from then on. */
function runner_setSecret(secret) {
    setSecret(secret);
}
// Log lines, warnings and the error carry text from outside (inputs, descriptions and messages
// read from AWS): each is printed as one line in which the runner finds no command (see inert.ts).
// Masks and outputs are values, sent exactly as they are.
function runner_info(message) {
    info(inert(message));
}
function runner_warning(message) {
    warning(inert(message));
}
/** A `::notice::` annotation: shown with the run, for what is worth a look but not a warning. */
function runner_notice(message) {
    notice(inert(message));
}
/** The step's one `::error::` line, and exit code 1. */
function runner_setFailed(message) {
    setFailed(inert(message));
}
function runner_setOutput(name, value) {
    setOutput(name, value);
}
/**
 * Sets an environment variable for the job's later steps (GITHUB_ENV), but never through
 * @actions/core's `::set-env::` fallback, which would print the value: without a GITHUB_ENV file
 * (outside a runner) nothing is exported, and this returns false. The value must already be
 * registered with setSecret when it is secret.
 */
function runner_exportVariable(name, value) {
    if (!process.env.GITHUB_ENV)
        return false;
    exportVariable(name, value);
    return true;
}
/**
 * Appends Markdown to the job summary, as @actions/core's `summary.addRaw(text).write()` does, but
 * synchronously, so that main.ts reports a failure to write it in order. Outside a runner (a plain
 * local run) there is no summary file, and nothing to write; @github/local-action's `.env` may
 * name one.
 */
function appendSummary(markdown) {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (file)
        (0,external_node_fs_.appendFileSync)(file, markdown + external_node_os_.EOL);
}

// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/client/smithy-client/client-command-builder.js + 2 modules
var client_command_builder = __webpack_require__(5747);
// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/endpoints/index.js + 6 modules
var endpoints = __webpack_require__(7926);
// EXTERNAL MODULE: ../node_modules/@aws-sdk/client-secrets-manager/dist-es/endpoint/EndpointParameters.js
var EndpointParameters = __webpack_require__(3713);
;// CONCATENATED MODULE: ../node_modules/@aws-sdk/client-secrets-manager/dist-es/commandBuilder.js



const command = (0,client_command_builder/* makeBuilder */.k)(EndpointParameters/* commonParams */.S, "secretsmanager", "SecretsManagerClient", endpoints/* getEndpointPlugin */.rD);
const _ep0 = {};
const _mw0 = (Command, cs, config, o) => [];

// EXTERNAL MODULE: ../node_modules/@aws-sdk/client-secrets-manager/dist-es/schemas/schemas_0.js + 2 modules
var schemas_0 = __webpack_require__(6126);
;// CONCATENATED MODULE: ../node_modules/@aws-sdk/client-secrets-manager/dist-es/commands/UpdateSecretCommand.js


class UpdateSecretCommand extends command(_ep0, _mw0, "UpdateSecret", schemas_0/* UpdateSecret$ */.OM) {
}

;// CONCATENATED MODULE: ../node_modules/@aws-sdk/client-secrets-manager/dist-es/commands/CreateSecretCommand.js


class CreateSecretCommand extends command(_ep0, _mw0, "CreateSecret", schemas_0/* CreateSecret$ */.Vr) {
}

;// CONCATENATED MODULE: ../node_modules/@aws-sdk/client-secrets-manager/dist-es/commands/ReplicateSecretToRegionsCommand.js


class ReplicateSecretToRegionsCommand extends command(_ep0, _mw0, "ReplicateSecretToRegions", schemas_0/* ReplicateSecretToRegions$ */.s8) {
}

;// CONCATENATED MODULE: ../node_modules/@aws-sdk/client-secrets-manager/dist-es/commands/TagResourceCommand.js


class TagResourceCommand extends command(_ep0, _mw0, "TagResource", schemas_0/* TagResource$ */.Jq) {
}

;// CONCATENATED MODULE: ../node_modules/@aws-sdk/client-secrets-manager/dist-es/commands/PutSecretValueCommand.js


class PutSecretValueCommand extends command(_ep0, _mw0, "PutSecretValue", schemas_0/* PutSecretValue$ */.bp) {
}

;// CONCATENATED MODULE: ../node_modules/@aws-sdk/client-secrets-manager/dist-es/commands/UpdateSecretVersionStageCommand.js


class UpdateSecretVersionStageCommand extends command(_ep0, _mw0, "UpdateSecretVersionStage", schemas_0/* UpdateSecretVersionStage$ */.gO) {
}

// EXTERNAL MODULE: ../src/errors.ts
var errors = __webpack_require__(8204);
;// CONCATENATED MODULE: ../src/answers.ts
/**
 * What the action takes from an answer, checked first. The SDK hands a 2xx body's fields on as
 * they came: a body of `{}`, an error object (`{"__type": ...}`) or `"ARN": 5` all reach the
 * caller as an answer. So a write's answer must confirm the write before anything reports it (the
 * ARN and name as strings and, when a value was sent, the version id it was sent with: the token
 * the plan chose), and every field read from a read's answer has its type checked before use. A
 * write that its answer does not confirm, or whose answer was lost on every attempt, may have been
 * applied: its failure says what it would have written and how to check.
 */

/** A write that may have been applied, though no answer confirms it: the message says what to check. */
class UnconfirmedWriteError extends errors/* ActionError */.lZ {
    call;
    constructor(call, why) {
        super(unconfirmedText(call, why));
        this.call = call;
    }
}
/** A read whose answer is not as Secrets Manager answers: it did not come from Secrets Manager. */
class UnexpectedAnswerError extends errors/* ActionError */.lZ {
}
/** The Secrets Manager operation a write call is sent as. */
function operationOf(call) {
    switch (call.op) {
        case 'update':
            return 'UpdateSecret';
        case 'create':
            return 'CreateSecret';
        case 'put-version':
            return 'PutSecretValue';
        case 'move-label':
            return 'UpdateSecretVersionStage';
        case 'tag':
            return 'TagResource';
        case 'replicate':
            return 'ReplicateSecretToRegions';
    }
}
/**
 * Throws an UnconfirmedWriteError unless `answer` confirms `call`: UpdateSecret, CreateSecret and
 * PutSecretValue with the ARN and name as strings and, when a value was sent, the version id it
 * was sent with; UpdateSecretVersionStage with the ARN and name; TagResource with any 2xx (its
 * answer has no field).
 */
function confirmWrite(call, answer) {
    if (call.op === 'tag')
        return;
    const fields = recordOf(answer) ?? {};
    // ReplicateSecretToRegions answers with the ARN and the regions' status, no name.
    const missing = (call.op === 'replicate' ? ['ARN'] : ['ARN', 'Name']).filter((key) => !isText(fields[key]));
    if (missing.length > 0) {
        throw new UnconfirmedWriteError(call, `its answer has no ${missing.join(' or ')} as a string`);
    }
    if (call.op === 'move-label' || call.op === 'replicate' || call.value === undefined)
        return;
    const versionId = fields['VersionId'];
    if (call.token === undefined ? !isText(versionId) : versionId !== call.token) {
        throw new UnconfirmedWriteError(call, "its answer's VersionId is not the version id sent");
    }
}
/**
 * A write call failed with its answer lost on every attempt (errors.ts `answerLost`): the failure,
 * worded as one that may have been applied.
 */
function lostAnswer(call, error) {
    return new UnconfirmedWriteError(call, `no answer came back (${withoutStop((0,errors/* failureMessage */.oh)(error))})`);
}
function withoutStop(text) {
    return text.replace(/[.\s]+$/, '');
}
/** The failure of a write that may have been applied: what it would have done, and how to check. */
function unconfirmedText(call, why) {
    const operation = operationOf(call);
    const head = `${operation} unconfirmed: the write may have been applied, but ${why}.`;
    const describe = (id) => `\`aws secretsmanager describe-secret --secret-id ${id}\``;
    switch (call.op) {
        case 'update':
        case 'create': {
            const id = call.op === 'update' ? call.secretId : call.name;
            if (call.value && call.token !== undefined) {
                return (`${head} If it was, version ${call.token} of secret ${id} exists and is AWSCURRENT: check with ` +
                    `\`aws secretsmanager list-secret-version-ids --secret-id ${id}\` (or ${describe(id)}) before running again; ` +
                    'a rerun with `skip-unchanged: true` writes no second version when it is.');
            }
            const what = call.op === 'create'
                ? `secret ${id} exists`
                : `the ${[...(call.description !== undefined ? ['description'] : []), ...(call.kmsKeyId !== undefined ? ['KMS key'] : [])].join(' and ') || 'metadata'} of secret ${id} changed`;
            return `${head} If it was, ${what}: check with ${describe(id)} before running again.`;
        }
        case 'put-version':
            return (`${head} If it was, version ${call.token} of secret ${call.secretId} exists, labelled ${call.stages.join(', ')}: ` +
                `check with \`aws secretsmanager list-secret-version-ids --secret-id ${call.secretId}\` before running again.`);
        case 'move-label':
            return (`${head} If it was, label ${call.label} is ${call.to ? `on version ${call.to}` : `off version ${call.from ?? ''}`} ` +
                `of secret ${call.secretId}: check with ${describe(call.secretId)} (VersionIdsToStages) before running again.`);
        case 'tag':
            return `${head} If it was, tags ${call.tags.map((t) => t.key).join(', ')} are set on secret ${call.secretId}: check with ${describe(call.secretId)}.`;
        case 'replicate':
            return `${head} If it was, secret ${call.secretId} is being replicated to ${call.replicas.map((r) => r.region).join(', ')}: check with ${describe(call.secretId)} (ReplicationStatus).`;
    }
}
/** DescribeSecret's answer, every field the action reads type-checked. */
function secretMetaOf(answer) {
    const field = fieldOf('DescribeSecret', recordOf(answer) ?? {});
    return {
        arn: field('ARN', 'a string', required(isText)),
        name: field('Name', 'a string', required(isText)),
        description: field('Description', 'a string', optional(isString)),
        kmsKeyId: field('KmsKeyId', 'a string', optional(isString)),
        rotationEnabled: field('RotationEnabled', 'a boolean', (v) => (v === undefined ? false : isBoolean(v) ? v : BAD)),
        deletedDate: field('DeletedDate', 'a date', optional(isDate)),
        versionStages: field('VersionIdsToStages', 'an object of label lists', (v) => v === undefined
            ? {}
            : (mapOf(v, (labels) => (Array.isArray(labels) && labels.every(isString) ? labels : BAD)) ?? BAD)),
        tags: field('Tags', 'a list of tags', (v) => v === undefined ? [] : Array.isArray(v) ? (allOf(v.map(tagOf)) ?? BAD) : BAD),
        replicas: field('ReplicationStatus', 'a list of replica statuses', replicasOf)
    };
}
/** A write's or a describe's ReplicationStatus, each region's status checked; [] when absent. */
function replicaStatusesOf(operation, answer) {
    return fieldOf(operation, recordOf(answer) ?? {})('ReplicationStatus', 'a list of replica statuses', replicasOf);
}
function replicasOf(value) {
    if (value === undefined)
        return [];
    if (!Array.isArray(value))
        return BAD;
    return allOf(value.map(replicaOf)) ?? BAD;
}
function replicaOf(value) {
    const item = recordOf(value);
    if (!item || !isText(item.Region) || !isText(item.Status))
        return undefined;
    if (item.StatusMessage !== undefined && !isString(item.StatusMessage))
        return undefined;
    return { region: item.Region, status: item.Status, message: item.StatusMessage };
}
/** GetSecretValue's answer (AWSCURRENT): its version id, and its value when it has one. */
function currentVersionOf(answer) {
    const field = fieldOf('GetSecretValue', recordOf(answer) ?? {});
    const versionId = field('VersionId', 'a string', required(isText));
    const text = field('SecretString', 'a string', optional(isString));
    const bytes = field('SecretBinary', 'bytes', optional((v) => v instanceof Uint8Array));
    return {
        versionId,
        value: text !== undefined ? { kind: 'text', text } : bytes !== undefined ? { kind: 'binary', bytes } : undefined
    };
}
/** What a field check returns for a value that is not what Secrets Manager sends. */
const BAD = Symbol('bad');
/**
 * A reader of one answer's fields: `check` returns the field's value, or BAD, and then the read
 * fails naming the field (never its content).
 */
function fieldOf(operation, out) {
    return (key, expected, check) => {
        const value = check(out[key]);
        if (value === BAD) {
            throw new UnexpectedAnswerError(`${operation} answered, but not as Secrets Manager does: its ${key} is ${out[key] === undefined ? 'missing' : `not ${expected}`}. ` +
                'The answer did not come from Secrets Manager (a proxy or gateway in the path?): check `endpoint-url`, `region` and the proxy settings.');
        }
        return value;
    };
}
function required(is) {
    return (value) => (is(value) ? value : BAD);
}
function optional(is) {
    return (value) => (value === undefined || is(value) ? value : BAD);
}
function tagOf(value) {
    const tag = recordOf(value);
    if (!tag)
        return undefined;
    const key = tag['Key'] ?? '';
    const text = tag['Value'] ?? '';
    return isString(key) && isString(text) ? { key, value: text } : undefined;
}
function mapOf(value, each) {
    const record = recordOf(value);
    if (!record)
        return undefined;
    const out = {};
    for (const [key, item] of Object.entries(record)) {
        const checked = each(item);
        if (checked === BAD)
            return undefined;
        out[key] = checked;
    }
    return out;
}
function allOf(items) {
    return items.every((item) => item !== undefined) ? items : undefined;
}
function recordOf(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value)
        ? value
        : undefined;
}
function isString(value) {
    return typeof value === 'string';
}
function isBoolean(value) {
    return typeof value === 'boolean';
}
function isDate(value) {
    return value instanceof Date && !Number.isNaN(value.getTime());
}
/** A non-empty string: an ARN, a name or a version id. */
function isText(value) {
    return typeof value === 'string' && value !== '';
}

;// CONCATENATED MODULE: ../src/types.ts
/**
 * The domain types that several modules share: the value, the request for one secret, what read
 * found, the plan and the outcome, and the staging labels AWS defines. This module imports nothing,
 * so that any module can import it without a cycle.
 */
/** The staging labels Secrets Manager gives a meaning of its own. */
const AWSCURRENT = 'AWSCURRENT';
const AWSPREVIOUS = 'AWSPREVIOUS';
const AWSPENDING = 'AWSPENDING';
/** The version that carries `label`, by DescribeSecret's version -> labels map. */
function holderOf(versionStages, label) {
    return Object.entries(versionStages).find(([, stages]) => stages.includes(label))?.[0];
}
/** Secrets Manager's limit on a value: 65536 bytes of SecretString or SecretBinary. */
const MAX_VALUE_BYTES = 65536;
/** Secrets Manager's limit on a KMS key id, ARN or alias (`kms-key-id`, a replica's key). */
const MAX_KMS_KEY_ID = 2048;
/** At most this many staging labels on a secret's versions in all (AWSCURRENT and AWSPREVIOUS count). */
const MAX_LABELS = 20;

;// CONCATENATED MODULE: ../src/quota.ts
/**
 * Pure: Secrets Manager's quotas as guidance. A LimitExceededException on a call that creates a
 * version is the version quota (about 100 versions per secret; versions without a label are not
 * deleted until they are 24 hours old); on a call that adds a staging label, possibly the label
 * quota (20 labels on a secret's versions in all). Either way the message says which, and what to
 * do; apply adds what was written before it. Labels are never removed to make room: only a person
 * knows which labels another writer still needs.
 */


class QuotaError extends errors/* ActionError */.lZ {
}
const OPERATION = {
    update: 'UpdateSecret',
    create: 'CreateSecret',
    tag: 'TagResource',
    'put-version': 'PutSecretValue',
    'move-label': 'UpdateSecretVersionStage',
    replicate: 'ReplicateSecretToRegions'
};
/** The failure of `call` refused with LimitExceededException. */
function quotaError(call, error, nothingWritten) {
    const aws = (0,errors/* errorMessage */.gJ)(error);
    const said = `${OPERATION[call.op]} was refused: LimitExceededException: "${aws}".`;
    const before = nothingWritten ? ' Nothing was written before it.' : '';
    const labels = (call.op === 'put-version' || call.op === 'move-label') && /label|stage/i.test(aws)
        ? ` A secret's versions carry at most ${MAX_LABELS} staging labels in all (AWSCURRENT and AWSPREVIOUS count; a json-merge adds one while it runs). ` +
            'Remove the labels no longer needed (aws secretsmanager update-secret-version-stage --remove-from-version-id); this action never removes labels it did not set.'
        : undefined;
    if (labels)
        return new QuotaError(`${said}${labels}${before}`);
    const newVersion = ('value' in call && call.value !== undefined) || call.op === 'put-version';
    if (!newVersion)
        return new QuotaError(`${said}${before}`);
    return new QuotaError(`${said} Secrets Manager keeps at most about 100 versions of a secret, and does not delete versions without a staging label until they are 24 hours old: ` +
        'a burst of writes (a matrix, a loop, retries) reaches that quota.' +
        `${before} Write less often: \`skip-unchanged: true\` makes no version for an unchanged value; ` +
        'keep to a few writes per secret per day, or wait a day for the old versions to go.');
}

;// CONCATENATED MODULE: ../node_modules/@aws-sdk/client-secrets-manager/dist-es/commands/ListSecretVersionIdsCommand.js


class ListSecretVersionIdsCommand extends command(_ep0, _mw0, "ListSecretVersionIds", schemas_0/* ListSecretVersionIds$ */.x) {
}

;// CONCATENATED MODULE: ../node_modules/@aws-sdk/client-secrets-manager/dist-es/commands/DescribeSecretCommand.js


class DescribeSecretCommand extends command(_ep0, _mw0, "DescribeSecret", schemas_0/* DescribeSecret$ */.oB) {
}

;// CONCATENATED MODULE: ../node_modules/@aws-sdk/client-secrets-manager/dist-es/commands/GetSecretValueCommand.js


class GetSecretValueCommand extends command(_ep0, _mw0, "GetSecretValue", schemas_0/* GetSecretValue$ */.sD) {
}

;// CONCATENATED MODULE: ../src/read.ts
/**
 * read: only what the plan needs. DescribeSecret when something must be compared or guarded
 * (`skip-unchanged`, `json-merge`, a promotion) or reported (`dry-run`); GetSecretValue (AWSCURRENT,
 * by label) only when a value must be compared or merged, sent together with DescribeSecret. The
 * default path reads nothing, so that a role with only secretsmanager:UpdateSecret works. A staging
 * run describes the secret when it may (for the labels' old versions and the rotation guard) and
 * goes on without it when refused.
 */




/** What a request needs read before its plan can be made; `report` adds the describe a dry run reports from. */
function readNeeds(request, report = false) {
    const write = request.write;
    const staged = (write.kind === 'value' || write.kind === 'merge') && write.stages !== undefined;
    const value = write.kind === 'merge' || (request.skipUnchanged && write.kind === 'value');
    // Replicas are added only where missing; `if-exists: fail` with `secrets` finds every existing
    // secret before the first write.
    const modes = request.replicas.length > 0 || (request.ifExists === 'fail' && request.line !== undefined);
    const needed = value ||
        report ||
        request.skipUnchanged ||
        write.kind === 'promote' ||
        modes ||
        request.ifCurrentVersionId !== undefined;
    // A rollback (AWSPREVIOUS), or a promotion that names the version it replaces, may promote an older version.
    const created = write.kind === 'promote' &&
        request.ifCurrentVersionId === undefined &&
        !(write.promotion.kind === 'stage' && write.promotion.stage === AWSPREVIOUS);
    return { describe: needed || staged, describeOptional: !needed, value, created };
}
async function readSecret(client, request, options = {}) {
    const needs = readNeeds(request, options.report);
    if (!needs.describe)
        return { kind: 'unread' };
    const id = request.secretId;
    // Both by the id as given, at once: one round trip rather than two. The value's own failures
    // (no AWSCURRENT, a secret scheduled for deletion, which refuses reads of its value) are read
    // together with what DescribeSecret says.
    const value = needs.value ? settled(readCurrent(client, id, options.signal)) : undefined;
    const created = needs.created ? settled(listCreated(client, id, options.signal)) : undefined;
    let meta;
    try {
        meta = await describeSecret(client, id, request.createIfMissing, options.signal);
    }
    catch (error) {
        await Promise.all([value, created]);
        if (needs.describeOptional && (0,errors/* exceptionName */.HT)(error) === 'AccessDeniedException') {
            return { kind: 'unread', describeDenied: true };
        }
        throw error;
    }
    const current = await value;
    const dates = await created;
    if (!meta)
        return { kind: 'missing' };
    if (dates && 'error' in dates && (0,errors/* exceptionName */.HT)(dates.error) !== 'AccessDeniedException')
        throw dates.error;
    const found = dates ? { created: 'error' in dates ? 'denied' : dates.version } : {};
    // The plan refuses a secret scheduled for deletion whatever its value read said.
    if (meta.deletedDate || !current)
        return { kind: 'found', meta, current: undefined, ...found };
    if ('error' in current)
        throw current.error;
    return { kind: 'found', meta, current: current.version, ...found };
}
/** ListSecretVersionIds, every page: each labelled version's CreatedDate, by version id. */
async function listCreated(client, secretId, abortSignal) {
    const created = {};
    let nextToken;
    do {
        const out = await client.send(new ListSecretVersionIdsCommand({ SecretId: secretId, MaxResults: 100, NextToken: nextToken }), withSignal(abortSignal));
        for (const version of out.Versions ?? []) {
            if (version.VersionId && version.CreatedDate)
                created[version.VersionId] = version.CreatedDate;
        }
        nextToken = out.NextToken || undefined;
    } while (nextToken);
    return created;
}
/** A promise that never rejects: its failure is kept for the caller to weigh. */
async function settled(promise) {
    try {
        return { version: await promise };
    }
    catch (error) {
        return { error };
    }
}
function withSignal(abortSignal) {
    return abortSignal ? { abortSignal } : {};
}
/**
 * DescribeSecret. Undefined when the secret does not exist and `missingIsFine`; otherwise the
 * not-found error stands (its message names the secret and the hint says what to check).
 */
async function describeSecret(client, secretId, missingIsFine, abortSignal) {
    let out;
    try {
        out = await client.send(new DescribeSecretCommand({ SecretId: secretId }), withSignal(abortSignal));
    }
    catch (error) {
        if (missingIsFine && (0,errors/* exceptionName */.HT)(error) === 'ResourceNotFoundException')
            return undefined;
        throw error;
    }
    return secretMetaOf(out);
}
/**
 * The AWSCURRENT version, always asked for by label: a GetSecretValue without VersionStage is not
 * guaranteed to follow it. Undefined when the secret has no current version yet.
 */
async function readCurrent(client, secretId, abortSignal) {
    try {
        const out = await client.send(new GetSecretValueCommand({ SecretId: secretId, VersionStage: 'AWSCURRENT' }), withSignal(abortSignal));
        return currentVersionOf(out);
    }
    catch (error) {
        // Asked of a secret that exists: not found here means no AWSCURRENT version. (Where the secret
        // itself is missing, DescribeSecret's answer, read with this one, says so.)
        if ((0,errors/* exceptionName */.HT)(error) === 'ResourceNotFoundException')
            return undefined;
        throw error;
    }
}

;// CONCATENATED MODULE: ../src/wait.ts
/** Waiting that a cancellation cuts short: the one pause of the flow (retries, replication). */

/** Waits `ms`, or less when `signal` aborts: then it rejects, saying what it was `doing`. */
function sleep(ms, signal, doing) {
    const stopped = () => new errors/* ActionError */.lZ(`Stopped ${doing}: the step was cancelled.`);
    return new Promise((resolve, reject) => {
        if (signal?.aborted)
            return reject(stopped());
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        const onAbort = () => {
            clearTimeout(timer);
            reject(stopped());
        };
        signal?.addEventListener('abort', onAbort, { once: true });
    });
}

;// CONCATENATED MODULE: ../src/replication.ts



const INTERVAL_MS = 2000;
/**
 * The final status of `regions`, from `known` (the write's answer) and, while any is InProgress,
 * DescribeSecret. Throws when one has failed; warns of those still InProgress.
 */
async function awaitReplication(client, secretId, regions, known, warn, wait) {
    const now = wait.now ?? Date.now;
    const deadline = now() + wait.timeoutMs;
    let statuses = [...known];
    const pending = () => regions.filter((region) => (statuses.find((s) => s.region === region)?.status ?? 'InProgress') === 'InProgress');
    while (pending().length > 0 && now() < deadline) {
        await sleep(Math.min(wait.intervalMs ?? INTERVAL_MS, Math.max(0, deadline - now())), wait.signal, 'while waiting for replication');
        statuses = [...((await describeSecret(client, secretId, false, wait.signal))?.replicas ?? [])];
    }
    const failed = statuses.filter((s) => regions.includes(s.region) && s.status === 'Failed');
    if (failed.length > 0) {
        throw new errors/* ActionError */.lZ(`Replication failed in ${failed.map((s) => `${s.region}${s.message ? ` (${s.message})` : ''}`).join(', ')}. ` +
            'A secret of the same name in that region blocks a replica (`force-overwrite-replica: true` replaces it); ' +
            'a KMS key the role may not use there does too. Remove the failed region from replication ' +
            '(aws secretsmanager remove-regions-from-replication) before running again.');
    }
    const slow = pending();
    if (slow.length > 0) {
        warn(`Replication to ${slow.join(', ')} is still in progress after \`read-timeout\`: it goes on without this step (check it with aws secretsmanager describe-secret).`);
    }
    return statuses;
}

;// CONCATENATED MODULE: ../src/apply.ts
/**
 * apply: the only module that writes. It sends a plan's steps in order through a few primitives
 * (update, create, put a version with labels, move a label), takes a step's fallback when its call
 * fails the expected way, settles a compare-and-swap whose answer was lost, and always sends the
 * plan's cleanup. A failure after a write says exactly what was written; a cancellation (an aborted
 * signal) says what was written and what may have been.
 */







/** The default wait for the call on the wire after a cancellation (main.ts sets the runner's). */
const STOP_WAIT_MS = 3000;
async function applyPlan(client, plan, reporter, options = {}) {
    const applied = { arn: undefined, name: undefined, versionId: undefined, created: false };
    const progress = { written: [], open: undefined, cleanupDue: [...plan.cleanup] };
    const run = new Run(client, progress, options.signal, options.stopWaitMs ?? STOP_WAIT_MS);
    let result;
    try {
        for (const step of plan.steps) {
            const replan = await run.step(step, applied, reporter);
            if (replan) {
                result = { kind: 'replan', reason: replan, written: progress.written };
                break;
            }
            // `if-exists: skip`: the create found the secret there, and the rest of the plan is not for it.
            if (applied.existed)
                break;
        }
        if (!result && !applied.existed && plan.awaitReplicas?.length) {
            applied.replicas = await awaitReplication(client, applied.arn ?? plan.outcome.arn, plan.awaitReplicas, applied.replicas ?? [], (text) => reporter.warning(text), { timeoutMs: options.replicaWaitMs ?? 60_000, intervalMs: options.replicaPollMs, signal: options.signal });
        }
    }
    catch (error) {
        if (options.signal?.aborted) {
            const leftover = await run.cleanup(run.stopWaitMs);
            throw new errors/* CancelledError */.cc(progress.written, progress.open ? describeCall(progress.open) : undefined, leftover);
        }
        await run.cleanup().catch(() => undefined); // the step's error is the one to report
        throw progress.written.length > 0 && !(error instanceof errors/* PartialWriteError */.vT)
            ? new errors/* PartialWriteError */.vT(progress.written, error)
            : error;
    }
    // The value is written either way: a label left behind is worth a warning, not a failure.
    for (const text of await run.cleanup())
        reporter.warning(text);
    return result ?? { kind: 'done', applied, written: progress.written };
}
/** One plan's calls as they are sent. */
class Run {
    client;
    progress;
    signal;
    stopWaitMs;
    constructor(client, progress, signal, stopWaitMs) {
        this.client = client;
        this.progress = progress;
        this.signal = signal;
        this.stopWaitMs = stopWaitMs;
    }
    /** Runs one step; returns the reason to plan again, if another writer got there first. */
    async step(step, applied, reporter) {
        const call = step.call;
        if (step.unlessCreated && applied.created)
            return undefined;
        // The value is where the plan puts it: said at once (a generated password is handed on then).
        const stored = () => {
            if (step.stores && applied.versionId !== undefined)
                reporter.stored?.(applied.versionId);
            return undefined;
        };
        try {
            const answer = await this.send(call);
            noteAnswer(call, answer, applied, this.progress);
            // A secret's first version: PutSecretValue made it AWSCURRENT, unless another first version won.
            if (step.swapTo && call.op === 'put-version') {
                const replan = await this.settleSwap(call.secretId, step, undefined);
                return replan ?? stored();
            }
            return stored();
        }
        catch (error) {
            if (this.signal?.aborted)
                throw error;
            const name = (0,errors/* exceptionName */.HT)(error);
            if (step.fallback && name === step.fallback.exception) {
                const instead = step.fallback.instead;
                if ('fail' in instead)
                    throw new errors/* ActionError */.lZ(instead.fail);
                if (step.fallback.note)
                    reporter.info(step.fallback.note);
                for (const next of instead) {
                    const replan = await this.step(next, applied, reporter);
                    if (replan)
                        return replan;
                }
                return stored();
            }
            if (step.onExists && call.op === 'create' && name === 'ResourceExistsException') {
                await this.settleExists(call, step.onExists, applied, reporter);
                // This run's own create (its answer lost) stored the value; a secret that was there did not.
                return applied.existed ? undefined : stored();
            }
            if (name === 'LimitExceededException')
                throw quotaError(call, error, this.progress.written.length === 0);
            if (step.replanOn !== undefined && name === step.replanOn) {
                return `${describeCall(call)} found another writer's change: reading the secret again.`;
            }
            if (step.swapTo && call.op === 'move-label') {
                this.progress.open = call;
                const settled = await this.settleSwap(call.secretId, step, call.from).catch(() => {
                    throw error; // cannot tell where AWSCURRENT is: the swap's own failure is the one to report
                });
                this.progress.open = undefined;
                if (settled === undefined)
                    noteAnswer(call, {}, applied, this.progress);
                return settled ?? stored();
            }
            if ((0,errors/* answerLost */.lM)(error)) {
                this.progress.open = call;
                // A label moved onto a version, its answer lost (the SDK's retry then refused: the label left
                // `from` already): one read tells whether the label is where the call puts it.
                if (call.op === 'move-label' && call.to !== undefined && (await this.labelOn(call, call.to))) {
                    this.progress.open = undefined;
                    noteAnswer(call, {}, applied, this.progress);
                    return stored();
                }
                throw lostAnswer(call, error);
            }
            throw error;
        }
    }
    /** Whether `call`'s label is on version `to` now; false when the read fails. */
    async labelOn(call, to) {
        const read = describeSecret(this.client, call.secretId, false, this.signal);
        const meta = await (this.signal ? answerOrStop(read, this.signal, this.stopWaitMs) : read).catch(() => undefined);
        return meta?.versionStages[to]?.includes(call.label) === true;
    }
    /**
     * A create with `if-exists: skip` or `fail` answered ResourceExistsException: the secret existed,
     * or this run created it and the answer was lost (the SDK's retry is then refused). One read tells:
     * a version with the create's token is this run's (a create without a value made a secret with no
     * version at all). Returns undefined (go on, or with `skip`, stop: `applied.existed`).
     */
    async settleExists(call, onExists, applied, reporter) {
        const meta = await describeSecret(this.client, call.name, false, this.signal);
        const stages = meta?.versionStages ?? {};
        const ours = call.token !== undefined ? stages[call.token] !== undefined : Object.keys(stages).length === 0;
        if (meta && ours) {
            noteAnswer(call, { ARN: meta.arn, Name: meta.name, VersionId: call.token }, applied, this.progress);
            if (meta.replicas)
                applied.replicas = meta.replicas;
            return undefined;
        }
        if (onExists === 'fail') {
            throw new errors/* ActionError */.lZ(`Secret ${call.name} already exists, and \`if-exists\` is \`fail\`: it was left as it is.`);
        }
        reporter.info(`Secret ${call.name} exists, and \`if-exists\` is \`skip\`: it is left as it is.`);
        applied.existed = true;
        applied.arn = meta?.arn;
        applied.name = meta?.name;
        applied.versionId = holderOf(stages, AWSCURRENT);
        applied.replicas = meta?.replicas;
        return undefined;
    }
    /**
     * Where is AWSCURRENT after a swap? On our version: done (even if the answer was lost). On another
     * writer's: a lost race, plan again. Still on the version the merge read: a real failure.
     */
    async settleSwap(secretId, step, from) {
        const to = step.swapTo;
        const byLabels = step.swapBy === 'labels';
        // A cancellation aborts the read; it is bounded as a write is, should the abort not reach it.
        const read = byLabels
            ? describeSecret(this.client, secretId, false, this.signal).then((meta) => holderOf(meta?.versionStages ?? {}, AWSCURRENT))
            : readCurrent(this.client, secretId, this.signal).then((current) => current?.versionId);
        const now = await (this.signal ? answerOrStop(read, this.signal, this.stopWaitMs) : read);
        if (now === to)
            return undefined;
        if (now !== undefined && now !== from) {
            return byLabels
                ? `Another writer moved AWSCURRENT to version ${now} meanwhile: reading the secret again.`
                : 'Another writer changed the secret during the merge: merging again onto the new value.';
        }
        throw new errors/* ActionError */.lZ(byLabels
            ? `AWSCURRENT could not be moved to version ${to ?? ''}.`
            : `Version ${to ?? ''} was written, but AWSCURRENT could not be moved to it.`);
    }
    /**
     * Sends a call, unless the run was cancelled. A cancellation while it is on the wire leaves it
     * `stopWaitMs` to answer: a call still unanswered then may have been applied (`progress.open`).
     */
    async send(call) {
        const signal = this.signal;
        if (signal?.aborted)
            throw new errors/* ActionError */.lZ('Stopped before the next call: the step was cancelled.');
        const answer = sendNow(this.client, call);
        this.progress.open = call;
        let result;
        try {
            result = await (signal ? answerOrStop(answer, signal, this.stopWaitMs) : answer);
        }
        catch (error) {
            // A call that failed with an answer did not take effect; one abandoned unanswered may have
            // (and so may one whose answer was lost on an attempt: step() says so, unless a fallback expects its failure).
            if (!(error instanceof Abandoned))
                this.progress.open = undefined;
            throw error;
        }
        // An answer that does not confirm the write leaves it as open as a lost one.
        confirmWrite(call, result);
        this.progress.open = undefined;
        return result;
    }
    /**
     * Sends the cleanup owed (a merge's label comes off), each call bounded by `timeoutMs` when given.
     * Returns what could not be sent, as warnings; a call refused because the label is not there is
     * done (the version never got it).
     */
    async cleanup(timeoutMs) {
        const leftover = [];
        for (const call of this.progress.cleanupDue.splice(0)) {
            try {
                confirmWrite(call, await sendNow(this.client, call, timeoutMs === undefined ? undefined : AbortSignal.timeout(timeoutMs)));
                this.progress.written.push(describeCall(call));
            }
            catch (error) {
                const name = (0,errors/* exceptionName */.HT)(error);
                if (name !== 'InvalidParameterException' && name !== 'ResourceNotFoundException')
                    leftover.push(leftoverText(call));
            }
        }
        return leftover;
    }
}
/** A call left unanswered after a cancellation. */
class Abandoned extends Error {
    name = 'Abandoned';
}
/**
 * The answer, or after `signal` aborts at most `waitMs` more of waiting for it: then the call is
 * abandoned, and its fate unknown.
 */
async function answerOrStop(answer, signal, waitMs) {
    let timer;
    let onAbort;
    const abandoned = new Promise((_, reject) => {
        onAbort = () => {
            timer = setTimeout(() => reject(new Abandoned()), waitMs);
        };
        if (signal.aborted)
            onAbort();
        else
            signal.addEventListener('abort', onAbort, { once: true });
    });
    try {
        return await Promise.race([answer, abandoned]);
    }
    finally {
        clearTimeout(timer);
        if (onAbort)
            signal.removeEventListener('abort', onAbort);
    }
}
/** The primitives. */
function sendNow(client, call, abortSignal) {
    const options = abortSignal ? { abortSignal } : {};
    switch (call.op) {
        case 'update':
            return client.send(new UpdateSecretCommand({
                SecretId: call.secretId,
                ...valueFields(call.value, call.token),
                Description: call.description,
                KmsKeyId: call.kmsKeyId
            }), options);
        case 'create':
            return client.send(new CreateSecretCommand({
                Name: call.name,
                ...valueFields(call.value, call.token),
                Description: call.description,
                KmsKeyId: call.kmsKeyId,
                ...(call.tags.length > 0 ? { Tags: awsTags(call.tags) } : {}),
                ...(call.replicas.length > 0
                    ? { AddReplicaRegions: awsReplicas(call.replicas), ForceOverwriteReplicaSecret: call.forceOverwrite }
                    : {})
            }), options);
        case 'replicate':
            return client.send(new ReplicateSecretToRegionsCommand({
                SecretId: call.secretId,
                AddReplicaRegions: awsReplicas(call.replicas),
                ForceOverwriteReplicaSecret: call.forceOverwrite
            }), options);
        case 'tag':
            return client
                .send(new TagResourceCommand({ SecretId: call.secretId, Tags: awsTags(call.tags) }), options)
                .then(() => ({}));
        case 'put-version':
            return client.send(new PutSecretValueCommand({
                SecretId: call.secretId,
                ...valueFields(call.value, call.token),
                VersionStages: [...call.stages]
            }), options);
        case 'move-label':
            return client.send(new UpdateSecretVersionStageCommand({
                SecretId: call.secretId,
                VersionStage: call.label,
                MoveToVersionId: call.to,
                RemoveFromVersionId: call.from
            }), options);
    }
}
/**
 * The value and its version token, as the write calls take them. The token is chosen by the plan
 * rather than by the SDK, so that the version id is known and rides every retry of the call: a
 * retried write cannot create a second version.
 */
function valueFields(value, token) {
    if (!value)
        return {};
    const tokenField = token === undefined ? {} : { ClientRequestToken: token };
    return value.kind === 'text'
        ? { SecretString: value.text, ...tokenField }
        : { SecretBinary: value.bytes, ...tokenField };
}
function noteAnswer(call, answer, applied, progress) {
    applied.arn = answer.ARN ?? applied.arn;
    applied.name = answer.Name ?? applied.name;
    if (call.op === 'create')
        applied.created = true;
    if (answer.ReplicationStatus !== undefined)
        applied.replicas = replicaStatusesOf(operationOf(call), answer);
    if ((call.op === 'update' || call.op === 'create' || call.op === 'put-version') && call.value) {
        applied.versionId = answer.VersionId ?? call.token;
    }
    progress.written.push(describeCall(call, answer.VersionId));
}
function awsReplicas(replicas) {
    return replicas.map(({ region, kmsKeyId }) => ({ Region: region, ...(kmsKeyId ? { KmsKeyId: kmsKeyId } : {}) }));
}
function awsTags(tags) {
    return tags.map(({ key, value }) => ({ Key: key, Value: value }));
}
/** A call in words, with ids, labels and tag keys only. */
function describeCall(call, versionId) {
    const version = versionId ?? (call.op === 'move-label' || call.op === 'tag' || call.op === 'replicate' ? undefined : call.token);
    switch (call.op) {
        case 'replicate':
            return `replicas added in ${call.replicas.map((r) => r.region).join(', ')}`;
        case 'tag':
            return `tags ${call.tags.map((t) => t.key).join(', ')} set`;
        case 'update':
        case 'create': {
            const what = [
                ...(call.value ? [`new version ${version ?? ''} (AWSCURRENT)`] : []),
                ...(call.description !== undefined ? ['the description'] : []),
                ...(call.kmsKeyId !== undefined ? ['the KMS key'] : [])
            ];
            if (call.op === 'update')
                return what.join(', ');
            if (call.tags.length > 0)
                what.push(`tags ${call.tags.map((t) => t.key).join(', ')}`);
            if (call.replicas.length > 0)
                what.push(`replicas in ${call.replicas.map((r) => r.region).join(', ')}`);
            return `secret ${call.name} created${what.length ? ` with ${what.join(', ')}` : ''}`;
        }
        case 'put-version':
            return `new version ${version ?? ''} labelled ${call.stages.join(', ')}`;
        case 'move-label':
            return call.to
                ? `label ${call.label} moved to version ${call.to}${call.from ? ` from ${call.from}` : ''}`
                : `label ${call.label} removed from version ${call.from ?? ''}`;
    }
}
function leftoverText(call) {
    if (call.op === 'move-label' && !call.to) {
        return `The staging label ${call.label} could not be removed from version ${call.from ?? ''}: remove it by hand (aws secretsmanager update-secret-version-stage).`;
    }
    return `This call could not be made: ${describeCall(call)}.`;
}

;// CONCATENATED MODULE: ../src/outcome.ts
/**
 * Pure: a secret's outcome, built in one place from the plan and what apply returned (or, in a
 * dry run, from the plan alone), and what the step reports of its results: the outputs, the text
 * a failure gives of what was written, and the failure messages.
 */

function outcomeOf(plan, applied) {
    const planned = plan.outcome;
    if (applied.existed)
        return existedOf(planned, applied);
    // AWS's answer is the version id of record; the plan's token is what it asked for.
    const versionId = planned.value === 'new-version' ? (applied.versionId ?? planned.versionId) : planned.versionId;
    const created = planned.created || applied.created;
    // A staged first version of a secret created by a fallback: AWS made it AWSCURRENT too.
    const firstCurrent = created && planned.stages && !planned.labels.some((move) => move.label === AWSCURRENT)
        ? [{ label: AWSCURRENT, from: undefined, to: versionId, known: true }]
        : [];
    // The plan's new version is current: AWS's answer names it. A staged first version is current too
    // (and lost AWSPENDING, as a promoted version does).
    const currentVersionId = firstCurrent.length > 0 || (planned.value === 'new-version' && planned.currentVersionId === planned.versionId)
        ? versionId
        : planned.currentVersionId;
    const labels = firstCurrent.length > 0 ? planned.labels.filter((move) => move.label !== AWSPENDING) : planned.labels;
    return {
        ...planned,
        arn: applied.arn ?? planned.arn,
        name: applied.name ?? planned.name,
        versionId,
        created,
        labels: [...labels.map((move) => (created ? { ...move, known: true } : move)), ...firstCurrent],
        currentVersionId,
        ...(planned.replicas ? { replicas: outcome_replicasOf(planned.replicas, applied.replicas) } : {})
    };
}
/** `if-exists: skip`: the create found the secret there, and nothing was written. */
function existedOf(planned, applied) {
    return {
        ...planned,
        arn: applied.arn ?? planned.arn,
        name: applied.name ?? planned.name,
        versionId: applied.versionId ?? '',
        changed: false,
        created: false,
        value: planned.value === 'none' ? 'none' : 'unchanged',
        description: undefined,
        kmsKeyId: undefined,
        tags: planned.tags ? [] : undefined,
        stages: undefined,
        labels: [],
        previousVersionId: '',
        // Left as it is: AWSCURRENT is the version found, not the one the create would have made.
        currentVersionId: applied.versionId ?? '',
        readCurrentVersionId: applied.versionId ?? '',
        skipped: true,
        ...(planned.replicas ? { replicas: outcome_replicasOf(planned.replicas, applied.replicas, 'NotReplicated') } : {})
    };
}
/** The listed regions' replication: as the answers or the last read said, else as planned. */
function outcome_replicasOf(planned, answered, absent) {
    return planned.map((p) => answered?.find((a) => a.region === p.region) ??
        (answered && absent ? { region: p.region, status: absent, message: undefined } : p));
}
/** The `replicas` output: each listed region's status (and AWS's message), by region. */
function replicasJson(replicas) {
    const json = {};
    for (const { region, status, message } of replicas)
        json[region] = { status, ...(message ? { message } : {}) };
    return json;
}
/**
 * A dry run's outcome: the plan's, with no version id a real run would be assigned (a promotion
 * names an existing version, which it keeps) and no previous version, since nothing moved.
 */
function dryRunOf(planned) {
    return {
        ...planned,
        dryRun: true,
        versionId: planned.promotion ? planned.versionId : '',
        previousVersionId: '',
        // Nothing moved: AWSCURRENT is where the read found it.
        currentVersionId: planned.readCurrentVersionId
    };
}
/**
 * The step outputs action.yml declares. One secret: its `arn`, `name`, `version-id`,
 * `previous-version-id` and `changed`. With `secrets`: `results`, keyed by each secret as given,
 * for the secrets that were written (or left unchanged), `changed` when any changed, and the
 * outputs that name one secret empty.
 */
function outputsOf(results, report) {
    const done = results.flatMap(({ secretId, result }) => result.status === 'done' ? [{ secretId, outcome: result.outcome }] : []);
    const changed = done.some(({ outcome }) => outcome.changed);
    const one = report === 'single' ? done[0]?.outcome : undefined;
    const outputs = {
        arn: one?.arn ?? '',
        name: one?.name ?? '',
        'version-id': one?.versionId ?? '',
        'previous-version-id': one?.previousVersionId ?? '',
        changed: String(changed),
        'current-version-id': one?.currentVersionId ?? '',
        // `replica-regions` given: each listed region's status; else not set (empty).
        ...(one?.replicas ? { replicas: JSON.stringify(replicasJson(one.replicas)) } : {})
    };
    if (report === 'single')
        return outputs;
    const entries = {};
    for (const { secretId, outcome: o } of done) {
        entries[secretId] = {
            arn: o.arn,
            name: o.name,
            'version-id': o.versionId,
            changed: o.changed,
            ...(o.replicas ? { replicas: replicasJson(o.replicas) } : {})
        };
    }
    return { ...outputs, results: JSON.stringify(entries) };
}
/**
 * What the step wrote, in one sentence, for a failure after the writes (outputs or summary that
 * could not be written); `rerun` when a rerun would write another version.
 */
function writtenText(results, report) {
    const done = results.flatMap(({ secretId, result }) => result.status === 'done' ? [{ secretId, o: result.outcome }] : []);
    const dryRun = done.some(({ o }) => o.dryRun);
    if (report === 'single' && done[0]) {
        const o = done[0].o;
        return { text: singleText(o), rerun: !o.dryRun && o.changed && !o.promotion };
    }
    if (dryRun)
        return { text: `Dry run: nothing was written to the ${results.length} secrets.`, rerun: false };
    const written = done.flatMap(({ secretId, o }) => o.changed ? [`${secretId}${o.versionId ? ` (version ${o.versionId})` : ''}`] : []);
    return {
        text: written.length > 0 ? `Written: ${written.join(', ')}.` : 'No secret was changed.',
        rerun: written.length > 0
    };
}
function singleText(o) {
    if (o.dryRun)
        return `Dry run: nothing was written to ${o.name}.`;
    if (o.promotion)
        return `Secret ${o.name}: version ${o.promotion.versionId} is AWSCURRENT.`;
    if (o.value === 'new-version') {
        const labels = o.stages ? `labelled ${o.stages.join(', ')}` : 'AWSCURRENT';
        return `Secret ${o.name} was ${o.created ? 'created' : 'updated'}: version ${o.versionId} is ${labels}.`;
    }
    return `Secret ${o.name} was ${o.changed ? 'updated' : 'left unchanged'} (no new version).`;
}
/**
 * The step's failure message when a write failed. One secret: what failed, and what was written
 * before it. With `secrets`: which secrets were written, which failed, which were not attempted.
 */
function failureOf(results, report) {
    const failed = results.filter((r) => r.result.status === 'failed');
    if (failed.length === 0)
        return undefined;
    if (report === 'single') {
        const result = failed[0]?.result;
        if (result?.status !== 'failed')
            return undefined;
        const written = result.written;
        return written.length > 0
            ? `${result.reason} Already written before this failure: ${written.join('; ')}.`
            : result.reason;
    }
    const ids = (status) => results.filter((r) => r.result.status === status).map((r) => r.secretId);
    const written = ids('done');
    const notAttempted = ids('not-attempted');
    return [
        `${failed.length} of ${results.length} secrets failed: ${failed.map((r) => r.secretId).join(', ')} (see the log for each reason).`,
        `Written: ${written.length > 0 ? written.join(', ') : 'none'}.`,
        `Not attempted: ${notAttempted.length > 0 ? notAttempted.join(', ') : 'none'}.`,
        'A rerun with `skip-unchanged: true` writes only what is missing.'
    ].join(' ');
}
/** A target's read or plan failed: nothing was written. */
function planFailureOf(secretId, reason, count, report) {
    return report === 'single'
        ? reason
        : `Secret ${secretId}: ${reason} Nothing was written to any of the ${count} secrets.`;
}
/** The failure of a cancelled step: what each secret's writes had done when the signal came. */
function cancelMessage(signal, results, report) {
    const prefix = (secretId) => (report === 'single' ? '' : `${secretId}: `);
    const stops = results.flatMap(({ secretId, result }) => result.status === 'done' || result.status === 'cancelled' || result.status === 'failed'
        ? [
            {
                prefix: prefix(secretId),
                written: result.written,
                uncertain: result.status === 'cancelled' ? result.uncertain : undefined,
                leftover: result.status === 'cancelled' ? result.leftover : []
            }
        ]
        : []);
    const written = stops.flatMap((s) => s.written.map((w) => `${s.prefix}${w}`));
    const uncertain = stops.flatMap((s) => (s.uncertain ? [`${s.prefix}${s.uncertain}`] : []));
    const notStarted = report === 'single' ? [] : results.filter((r) => r.result.status === 'not-attempted').map((r) => r.secretId);
    const what = [
        written.length > 0 ? `Written before the stop: ${written.join('; ')}.` : 'Nothing was written.',
        ...(uncertain.length > 0 ? [`Still unanswered, and may have been applied: ${uncertain.join('; ')}.`] : []),
        ...(notStarted.length > 0 ? [`Not attempted: ${notStarted.join(', ')}.`] : []),
        ...stops.flatMap((s) => s.leftover.map((l) => `${s.prefix}${l}`))
    ];
    return `The step was cancelled (${signal}). ${what.join(' ')}`;
}

;// CONCATENATED MODULE: ../src/json.ts
const JSON_ = JSON;
function isRawNumber(value) {
    return JSON_.isRawJSON(value);
}
/**
 * Parses JSON with numbers kept as written. Undefined when the text is not JSON: JSON.parse's own
 * error quotes the input, so it is never surfaced.
 */
function parseJson(text) {
    try {
        return JSON_.parse(text, (_key, value, context) => typeof value === 'number' && context.source !== undefined ? JSON_.rawJSON(context.source) : value);
    }
    catch {
        return undefined;
    }
}
/**
 * The parsed document when the text is a JSON object or array, else undefined. Scalars such as
 * `"abc"` or `42` are treated as plain text: their text is the value itself.
 */
function parseJsonDocument(text) {
    const json = withoutBom(text);
    const start = json.trimStart()[0];
    if (start !== '{' && start !== '[')
        return undefined;
    const parsed = parseJson(json);
    return typeof parsed === 'object' && parsed !== null ? parsed : undefined;
}
/**
 * The text without a leading UTF-8 byte order mark, which editors on Windows write and JSON.parse
 * refuses. Only for reading: a value is sent with the bytes it was given.
 */
function withoutBom(text) {
    return text.startsWith('\ufeff') ? text.slice(1) : text;
}
/**
 * Every leaf of a JSON document, in the order the text writes it: each string value as written
 * (`\u0026`, `\/`, surrogate pairs) and decoded, each number as written. Keys are not leaves; a
 * key written twice yields both of its values, where JSON.parse keeps only the last.
 * `text` must be JSON (parseJsonDocument accepted it).
 */
function writtenLeaves(text) {
    const json = withoutBom(text);
    const leaves = [];
    const number = /-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
    for (let i = 0; i < json.length;) {
        const char = json[i];
        if (char === '"') {
            let end = i + 1;
            while (json[end] !== '"')
                end += json[end] === '\\' ? 2 : 1;
            const after = /\s*/y;
            after.lastIndex = end + 1;
            after.exec(json);
            if (json[after.lastIndex] !== ':') {
                leaves.push({
                    kind: 'string',
                    written: json.slice(i + 1, end),
                    decoded: JSON.parse(json.slice(i, end + 1))
                });
            }
            i = end + 1;
        }
        else if (char === '-' || (char >= '0' && char <= '9')) {
            number.lastIndex = i;
            const written = number.exec(json)[0];
            leaves.push({ kind: 'number', written, decoded: written });
            i += written.length;
        }
        else {
            i++;
        }
    }
    return leaves;
}
/**
 * Whether sending `next` would store what is already stored: byte-exact, or, when both are JSON
 * documents, equal as JSON (key order and whitespace do not count). Binary compares bytes.
 */
function sameValue(next, current) {
    if (next.kind === 'binary') {
        return current.secretBinary !== undefined && Buffer.from(next.bytes).equals(Buffer.from(current.secretBinary));
    }
    if (current.secretString === undefined)
        return false;
    if (next.text === current.secretString)
        return true;
    const a = parseJsonDocument(next.text);
    const b = a === undefined ? undefined : parseJsonDocument(current.secretString);
    return a !== undefined && b !== undefined && jsonEqual(a, b);
}
function jsonEqual(a, b) {
    if (a === b)
        return true;
    if (isRawNumber(a) || isRawNumber(b))
        return isRawNumber(a) && isRawNumber(b) && sameNumber(a.rawJSON, b.rawJSON);
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null)
        return false;
    if (Array.isArray(a) !== Array.isArray(b))
        return false;
    if (Array.isArray(a) && Array.isArray(b)) {
        return a.length === b.length && a.every((item, i) => jsonEqual(item, b[i]));
    }
    const ak = Object.keys(a);
    const bo = b;
    return (ak.length === Object.keys(b).length &&
        ak.every((k) => Object.hasOwn(bo, k) && jsonEqual(a[k], bo[k])));
}
/**
 * Whether two JSON number texts denote the same decimal value: `1.0` equals `1` and `1e2` equals
 * `100`, but `1.0000000000000001` is not `1`, though both read as the same double. Compared as
 * decimals (sign, significant digits, exponent), never through a double.
 */
function sameNumber(a, b) {
    if (a === b)
        return true;
    const x = decimal(a);
    const y = decimal(b);
    return (x !== undefined &&
        y !== undefined &&
        x.digits === y.digits &&
        (x.digits === '' || (x.negative === y.negative && x.exponent === y.exponent)));
}
/**
 * A JSON number as `0.DIGITS x 10^exponent`, with no leading or trailing zero in DIGITS ('' for
 * zero, whatever its sign). The exponent is a BigInt: `1e999999999999999999` is valid JSON.
 */
function decimal(text) {
    const m = /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/.exec(text);
    if (!m)
        return undefined;
    const [, sign = '', whole = '', fraction = '', exponent = '0'] = m;
    const all = whole + fraction;
    const leading = all.length - all.replace(/^0+/, '').length;
    const digits = all.slice(leading).replace(/0+$/, '');
    return { negative: sign === '-', digits, exponent: BigInt(exponent) + BigInt(whole.length - leading) };
}
function isJsonObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value) && !isRawNumber(value);
}
/** RFC 7396 MergePatch(target, patch): objects merge recursively, null removes, anything else replaces. */
function mergePatch(target, patch) {
    if (!isJsonObject(patch))
        return patch;
    const result = isJsonObject(target) ? { ...target } : {};
    for (const [key, value] of Object.entries(patch)) {
        if (value === null)
            delete result[key];
        // defineProperty, not assignment: a key named "__proto__" is data, not the prototype.
        else
            Object.defineProperty(result, key, {
                value: mergePatch(result[key], value),
                enumerable: true,
                writable: true,
                configurable: true
            });
    }
    return result;
}
/**
 * Parses a JSON object for merging. Returns undefined when the text is not a JSON object;
 * the caller names which side failed, without quoting it (JSON.parse's error would).
 */
function parseJsonObject(text) {
    const parsed = parseJson(withoutBom(text));
    return isJsonObject(parsed) ? parsed : undefined;
}

;// CONCATENATED MODULE: ../src/tags.ts
/**
 * Pure: the `tags` input, `Key=Value` lines, and the tags a run must send. The first `=` splits
 * key and value; both are trimmed. Blank lines and lines starting with `#` (which no key may
 * contain) are skipped. Limits are Secrets Manager's: at most 50 tags, keys of 1 to 128
 * characters, values of 0 to 256, letters, digits, spaces and `_ . : / = + - @`; keys starting
 * with `aws:` (any case) are reserved for AWS.
 */

const MAX_TAGS = 50;
const MAX_TAG_KEY = 128;
const MAX_TAG_VALUE = 256;
/** Secrets Manager's tag character set (its API documents this pattern for keys and values). */
const TAG_TEXT = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;
function parseTags(text) {
    const tags = [];
    const seen = new Map();
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
        const line = i + 1;
        const content = lines[i].trim();
        if (content === '' || content.startsWith('#'))
            continue;
        const eq = content.indexOf('=');
        if (eq < 0)
            throw new errors/* InputError */.dz('tags', `line ${line} is not Key=Value.`);
        const key = content.slice(0, eq).trim();
        const value = content.slice(eq + 1).trim();
        // Characters as AWS counts them: code points, not UTF-16 units.
        const keyLength = [...key].length;
        if (keyLength < 1 || keyLength > MAX_TAG_KEY) {
            throw new errors/* InputError */.dz('tags', `line ${line}: a key has 1 to ${MAX_TAG_KEY} characters (got ${keyLength}).`);
        }
        if ([...value].length > MAX_TAG_VALUE) {
            throw new errors/* InputError */.dz('tags', `line ${line}: a value has at most ${MAX_TAG_VALUE} characters (got ${[...value].length}).`);
        }
        if (!TAG_TEXT.test(key) || !TAG_TEXT.test(value)) {
            throw new errors/* InputError */.dz('tags', `line ${line}: keys and values may hold only letters, digits, spaces and _ . : / = + - @.`);
        }
        if (key.toLowerCase().startsWith('aws:')) {
            throw new errors/* InputError */.dz('tags', `line ${line}: keys starting with aws: are reserved for AWS.`);
        }
        const first = seen.get(key);
        if (first !== undefined)
            throw new errors/* InputError */.dz('tags', `line ${line} repeats the key of line ${first}.`);
        seen.set(key, line);
        tags.push({ key, value });
    }
    if (tags.length > MAX_TAGS)
        throw new errors/* InputError */.dz('tags', `has ${tags.length} tags; a secret takes at most ${MAX_TAGS}.`);
    return tags;
}
/**
 * The tags to send to a secret that has `stored` (from DescribeSecret; undefined when not read):
 * all of `wanted`, or with `onlyDifferent` (skip-unchanged) those whose value differs or that the
 * secret lacks. Each with the stored value it replaces, when known.
 */
function tagChanges(wanted, stored, onlyDifferent) {
    const current = new Map((stored ?? []).map((t) => [t.key, t.value]));
    return wanted
        .filter((t) => !onlyDifferent || stored === undefined || current.get(t.key) !== t.value)
        .map((t) => ({ key: t.key, from: current.get(t.key), to: t.value }));
}

;// CONCATENATED MODULE: ../src/version-id.ts
/**
 * Version ids the action chooses. A merge's is a UUIDv7, since its label carries it and a later run
 * reads the label's age from it; any other is a random UUID (v4), which has no fixed part a mask
 * could match. Both are made once what the run reads is masked, and avoid every mask: a version id
 * that contains one would show as *** in the log, and the runner would drop a job output built
 * from `version-id` as possibly secret (it keeps step outputs as they are).
 */

/** A fresh version id that contains none of `masks`. */
function newVersionId(kind, masks, now = Date.now) {
    const make = kind === 'merge' ? () => uuidv7(now()) : external_node_crypto_.randomUUID;
    let id = make();
    // Bounded: a one-character value such as `-` is in every UUID, and then no choice helps.
    for (let i = 0; i < 100 && masks.some((m) => id.includes(m)); i++)
        id = make();
    return id;
}
/** A UUIDv7 (RFC 9562): 48 bits of Unix milliseconds, then version, variant and 74 random bits. */
function uuidv7(now = Date.now()) {
    const bytes = (0,external_node_crypto_.randomBytes)(16);
    bytes.writeUIntBE(now, 0, 6);
    bytes[6] = (bytes[6] & 0x0f) | 0x70;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    const hex = bytes.toString('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
/** The millisecond timestamp in a UUIDv7's first 48 bits; undefined for anything else. */
function uuidv7Time(id) {
    const m = /^([0-9a-f]{8})-([0-9a-f]{4})-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.exec(id);
    return m ? parseInt(m[1] + m[2], 16) : undefined;
}

;// CONCATENATED MODULE: ../src/plan.ts
/**
 * plan: pure. From the request, what read found and a fresh version token, the calls to make and
 * the outcome to report. Every check that can fail is made here, before any write: a secret
 * scheduled for deletion, an ARN that cannot be created, a merge onto a value that is not a JSON
 * object, a merged value over the size limit.
 *
 * Every option is a variation of one plan. The value's write is chosen once (`Write`): none, an
 * UpdateSecret, a CreateSecret, a version put under labels (`version-stages`), a put and a
 * compare-and-swap (`json-merge`), or a label move (a promotion). `skip-unchanged` turns a write of
 * an equal value into none; `create-if-missing` turns "not found" into a create; the description,
 * the KMS key and tags ride with the write or follow it. A dry run is planned exactly as the real
 * run: the caller reports the plan instead of applying it.
 */





/** The label a merge gives its version until AWSCURRENT is on it: never AWSPENDING, which rotation owns. */
const MERGE_LABEL_PREFIX = 'update-secret-';
/** Said wherever a staging run makes a secret's first version: AWS does it whatever the labels. */
const FIRST_VERSION_NOTE = "Secrets Manager makes a secret's first version AWSCURRENT too, whatever its labels";
/** Said where a staged first version loses AWSPENDING. */
const PENDING_OFF_NOTE = 'then AWSPENDING is removed from it, as a promotion would (a current version needs no promotion)';
function planWrite(request, read, context) {
    const meta = read.kind === 'found' ? read.meta : undefined;
    if (meta)
        guardDeletion(meta);
    if (request.write.kind === 'promote')
        return planPromotion(request, request.write.promotion, read, context);
    if (request.ifCurrentVersionId !== undefined)
        checkCurrent(request, request.ifCurrentVersionId, read);
    if (meta && request.ifExists !== 'update')
        return planExisting(request, meta);
    // `if-exists: skip` or `fail` with nothing read: the create is the first call, and its
    // ResourceExistsException the answer (one permission, CreateSecret).
    const state = read.kind === 'unread' && request.ifExists !== 'update' ? { kind: 'missing' } : read;
    if (state.kind === 'missing' && request.arn)
        throw new errors/* ActionError */.lZ(cannotCreateArn(request.secretId));
    // Equal metadata is left out only where it was compared: with `skip-unchanged`, on a secret read.
    const skip = request.skipUnchanged;
    const tags = tagChanges(request.tags, meta?.tags, skip && meta !== undefined);
    const known = {
        request,
        state,
        context,
        id: meta?.arn ?? request.secretId,
        meta,
        current: state.kind === 'found' ? state.current : undefined,
        description: metadataChange(request.description, meta?.description, skip && meta !== undefined),
        kmsKeyId: metadataChange(request.kmsKeyId, meta?.kmsKeyId, skip && meta !== undefined, sameKmsKey),
        tags,
        notes: meta?.rotationEnabled ? [rotationNote(meta.name, stagesOf(request)?.includes(AWSPENDING) === true)] : []
    };
    const write = chooseWrite(known);
    checkLabelRoom(known, write);
    if (write.kind === 'stage')
        known.notes.push(...stagingNotes(known, write.stages));
    const replication = replicationOf(request, state.kind === 'missing' ? undefined : meta);
    known.notes.push(...replication.notes);
    const outcome = plan_outcomeOf(known, write);
    return {
        kind: write.kind,
        steps: [...stepsOf(known, write), ...replication.steps],
        cleanup: write.kind === 'swap' ? [moveLabel(known.id, mergeLabel(context.token), undefined, context.token)] : [],
        notes: known.notes,
        outcome: {
            ...outcome,
            changed: outcome.changed || replication.steps.length > 0,
            ...(replication.statuses ? { replicas: replication.statuses } : {})
        },
        ...(replication.added.length > 0 ? { awaitReplicas: replication.added } : {})
    };
}
/**
 * `if-exists: skip` or `fail` on a secret the read found: left exactly as it is (no value, metadata,
 * tag or replica), or a failure before any write.
 */
function planExisting(request, meta) {
    if (request.ifExists === 'fail') {
        throw new errors/* ActionError */.lZ(`Secret ${meta.name} already exists, and \`if-exists\` is \`fail\`: nothing was written.`);
    }
    return {
        kind: 'none',
        steps: [],
        cleanup: [],
        notes: [{ level: 'info', text: `Secret ${meta.name} exists, and \`if-exists\` is \`skip\`: it is left as it is.` }],
        outcome: skippedOutcome(request, {
            arn: meta.arn,
            name: meta.name,
            versionId: holderOf(meta.versionStages, AWSCURRENT) ?? '',
            replicas: request.replicas.length > 0 ? listedReplicas(request, meta.replicas ?? [], 'NotReplicated') : undefined
        })
    };
}
/**
 * The outcome of a secret `if-exists: skip` left as it is: found by the read, or by the create's
 * ResourceExistsException (apply then describes it for these fields).
 */
function skippedOutcome(request, found) {
    return {
        arn: found.arn,
        name: found.name,
        versionId: found.versionId,
        changed: false,
        dryRun: false,
        created: false,
        value: request.write.kind === 'none' ? 'none' : 'unchanged',
        description: undefined,
        kmsKeyId: undefined,
        mergeAttempts: undefined,
        tags: request.tags.length > 0 ? [] : undefined,
        stages: undefined,
        promotion: undefined,
        labels: [],
        previousVersionId: '',
        // Left as it is: the version that is current is the one found.
        currentVersionId: found.versionId,
        readCurrentVersionId: found.versionId,
        skipped: true,
        ...(found.replicas ? { replicas: found.replicas } : {})
    };
}
/**
 * `replica-regions`: the regions a found secret is not replicated to yet get one
 * ReplicateSecretToRegions (a created secret gets them with its CreateSecret); none is removed.
 * `statuses` is each listed region's, as read (`Planned` for a region to add: the answer tells).
 */
function replicationOf(request, meta) {
    if (request.replicas.length === 0)
        return { steps: [], notes: [], statuses: undefined, added: [] };
    const have = meta?.replicas ?? [];
    const missing = request.replicas.filter((replica) => !have.some((h) => h.region === replica.region));
    const name = meta?.name ?? request.secretId;
    const notes = have
        .filter((h) => h.status === 'Failed' && request.replicas.some((r) => r.region === h.region))
        .map((h) => ({
        level: 'warning',
        text: `The replica of secret ${name} in ${h.region} has failed${h.message ? ` (${h.message})` : ''}: remove it from replication (aws secretsmanager remove-regions-from-replication) and run again to replicate it anew.`
    }));
    if (request.forceOverwriteReplica && missing.length > 0) {
        notes.push({
            level: 'warning',
            text: `\`force-overwrite-replica\`: replicating to ${missing.map((r) => r.region).join(', ')} overwrites any secret named ${name} in ${missing.length > 1 ? 'those regions' : 'that region'}, even an unrelated one.`
        });
    }
    const steps = meta && missing.length > 0
        ? [
            {
                call: {
                    op: 'replicate',
                    secretId: meta.arn,
                    replicas: missing,
                    forceOverwrite: request.forceOverwriteReplica
                }
            }
        ]
        : [];
    return { steps, notes, statuses: listedReplicas(request, have, 'Planned'), added: missing.map((r) => r.region) };
}
/** Each listed region's replication as known; `absent` for a region the secret is not replicated to. */
function listedReplicas(request, have, absent) {
    return request.replicas.map(({ region }) => have.find((h) => h.region === region) ?? { region, status: absent, message: undefined });
}
/**
 * A secret's versions carry at most 20 staging labels in all: a staging run, or a merge (whose
 * temporary label counts while it runs, and which gives AWSPREVIOUS to the version it replaces),
 * that would pass it is refused before any write. Only labels this run adds count; stale merge
 * labels it removes first make room. Without a read (DescribeSecret refused), AWS's refusal says it.
 */
function checkLabelRoom(known, write) {
    const { state, meta, context } = known;
    if ((write.kind !== 'stage' && write.kind !== 'swap') || state.kind === 'unread')
        return;
    const stages = meta?.versionStages ?? {};
    const inUse = [...new Set(Object.values(stages).flat())];
    const stale = new Set(meta ? staleMergeLabels(stages, context.now, context.staleLabelMs).map((s) => s.label) : []);
    const first = holderOf(stages, AWSCURRENT) === undefined;
    const added = write.kind === 'stage'
        ? [...write.stages, ...(first ? [AWSCURRENT] : [])]
        : [mergeLabel(context.token), first ? AWSCURRENT : AWSPREVIOUS];
    const after = new Set([...inUse.filter((label) => !stale.has(label)), ...added]);
    if (after.size <= MAX_LABELS)
        return;
    const merge = write.kind === 'swap' ? ", and json-merge's temporary label counts while it runs" : '';
    throw new errors/* ActionError */.lZ(`Secret ${meta?.name ?? known.request.secretId} would carry ${after.size} staging labels: Secrets Manager allows at most ${MAX_LABELS} on a secret's versions in all ` +
        `(AWSCURRENT and AWSPREVIOUS count${merge}). Nothing was written. Labels in use: ${inUse.join(', ')}. ` +
        'Remove the labels no longer needed (aws secretsmanager update-secret-version-stage --remove-from-version-id), or stage under a label already in use; this action never removes labels it did not set.');
}
/** The value to write, and how: decided once from the request and what was read. */
function chooseWrite(known) {
    const { request, state, current } = known;
    const write = request.write;
    if (write.kind === 'none' || write.kind === 'promote')
        return state.kind === 'missing' ? createWith(undefined) : none;
    const stages = write.stages;
    if (write.kind === 'merge' && state.kind === 'unread')
        throw new errors/* ActionError */.lZ('A merge needs the secret read first.');
    // A merge onto a missing secret is the patch onto {}; onto a found one, onto AWSCURRENT.
    // Numbers are raw JSON (see json.ts): they are written back exactly as they were read.
    const stored = write.kind === 'merge' ? currentObject(current, known.context.attempt) : undefined;
    const merged = write.kind === 'merge' ? mergePatch(stored ?? {}, write.patch) : undefined;
    const value = write.kind === 'merge' ? mergedValue(merged ?? {}) : write.value;
    if (state.kind === 'missing')
        return stages ? { kind: 'stage', value, stages } : createWith(value);
    const equal = current !== undefined && (merged ? jsonEqual(merged, stored ?? {}) : sameValueAs(value, current));
    if (equal && request.skipUnchanged) {
        const relabel = stages
            ? stages.filter((label) => holderOf(known.meta?.versionStages ?? {}, label) !== current.versionId)
            : [];
        known.notes.push({
            level: 'info',
            text: stages
                ? `The value equals the current one (AWSCURRENT): no version is staged${relabel.length > 0 ? `; ${relabel.join(', ')} ${relabel.length > 1 ? 'move' : 'moves'} to the current version ${current.versionId}, which holds the value` : ''}.`
                : `The ${merged ? 'merged value' : 'value'} equals the current one (AWSCURRENT): no new version is written.`
        });
        return relabel.length > 0 ? { kind: 'none', relabel: { to: current.versionId, stages: relabel } } : none;
    }
    if (stages)
        return { kind: 'stage', value, stages };
    // With `if-current-version-id`, a value is written as a merge is: put under the action's own
    // label, then AWSCURRENT moved off that version only, so that it never moves off any other.
    if (merged || request.ifCurrentVersionId !== undefined) {
        return { kind: 'swap', value, from: request.ifCurrentVersionId ?? current?.versionId };
    }
    return { kind: 'update', value };
}
/**
 * `if-current-version-id`, as far as the read can tell: AWSCURRENT must be that version. (A
 * promotion also holds it when its version is already current.)
 */
function checkCurrent(request, wanted, state) {
    const now = state.kind === 'found' ? holderOf(state.meta.versionStages, AWSCURRENT) : undefined;
    if (now === wanted)
        return;
    const what = state.kind === 'missing'
        ? 'does not exist'
        : now === undefined
            ? 'has no AWSCURRENT version'
            : `has version ${now} as AWSCURRENT`;
    throw new errors/* ActionError */.lZ(`Secret ${request.secretId} ${what}, not version ${wanted} (\`if-current-version-id\`): nothing was written.`);
}
const none = { kind: 'none' };
/** A staged version that will be the secret's first: AWS makes it AWSCURRENT too. */
function firstVersion(known) {
    const { state, meta } = known;
    return state.kind === 'missing' || (meta !== undefined && holderOf(meta.versionStages, AWSCURRENT) === undefined);
}
function stagingNotes(known, stages) {
    const { state } = known;
    return [
        ...(firstVersion(known)
            ? [
                {
                    level: 'info',
                    text: `${FIRST_VERSION_NOTE}: the new version will carry AWSCURRENT as well as ${stages.join(', ')}${stages.includes(AWSPENDING) ? `; ${PENDING_OFF_NOTE}` : ''}.`
                }
            ]
            : []),
        ...(state.kind === 'unread' && state.describeDenied
            ? [
                {
                    level: 'info',
                    text: 'DescribeSecret was refused (AccessDenied): staging goes on without it, so the versions that had the labels ' +
                        'and whether rotation is enabled are not known.'
                }
            ]
            : [])
    ];
}
function createWith(value) {
    return { kind: 'create', value };
}
/** The calls, in order: the value's write, then what follows it (metadata after a put, tags last). */
function stepsOf(known, write) {
    const { request, state, context, id } = known;
    const tags = tagCalls(known);
    const metadata = metadataCall(known);
    switch (write.kind) {
        case 'none':
        case 'update': {
            const value = write.kind === 'update' ? write.value : undefined;
            // One UpdateSecret carries the value and the metadata together: there is no in-between state.
            // Tags alone make no UpdateSecret: the one call is TagResource.
            const update = value || metadata
                ? updateCall(id, value, value ? context.token : undefined, known.description, known.kmsKeyId)
                : undefined;
            const relabel = write.kind === 'none' ? relabelSteps(known, write.relabel) : [];
            if (state.kind !== 'unread' || !request.createIfMissing)
                return [...relabel, ...(update ? [{ call: update, stores: value !== undefined }] : []), ...tags];
            const first = update ?? tags[0]?.call;
            if (!first)
                return [];
            return [
                { ...withCreateFallback(known, first, value), stores: value !== undefined },
                ...(update ? tags.map(unlessCreated) : [])
            ];
        }
        case 'create': {
            // Another writer may create it between the read and the create: then read again, and update.
            return [
                {
                    ...createStep(request, createCall(request, write.value, write.value ? context.token : undefined)),
                    stores: write.value !== undefined
                }
            ];
        }
        case 'stage': {
            const put = { call: putVersion(id, write.value, context.token, write.stages), stores: true };
            // A first version is AWSCURRENT too: it loses AWSPENDING, as a promoted version does.
            const unpend = write.stages.includes(AWSPENDING) ? [removePending(id, context.token)] : [];
            if (state.kind === 'missing') {
                // CreateSecret would make its value AWSCURRENT only: the secret is created empty, then the
                // version is put with the labels (and gets AWSCURRENT as well, as any first version does).
                return [createStep(request, createCall(request, undefined, undefined)), put, ...unpend];
            }
            const metadataSteps = metadata ? [{ call: metadata }] : [];
            if (state.kind === 'unread') {
                const staged = request.createIfMissing ? stageOrCreate(known, put, unpend) : put;
                return [staged, ...metadataSteps, ...(request.createIfMissing ? tags.map(unlessCreated) : tags)];
            }
            return [...staleLabelSteps(known), put, ...(firstVersion(known) ? unpend : []), ...metadataSteps, ...tags];
        }
        case 'swap': {
            // A secret's first version gets AWSCURRENT from PutSecretValue itself: that is then the swap.
            const token = context.token;
            const put = putVersion(id, write.value, token, [mergeLabel(token)]);
            return [
                ...staleLabelSteps(known),
                write.from ? { call: put } : { call: put, swapTo: token, stores: true },
                ...(write.from ? [{ call: moveLabel(id, AWSCURRENT, token, write.from), swapTo: token, stores: true }] : []),
                ...(metadata ? [{ call: metadata }] : []),
                ...tags
            ];
        }
    }
}
/**
 * A planned create. Another writer may create the secret between the read and the create: then
 * read again, and update. With `if-exists: skip` or `fail`, apply tells that (and this run's own
 * create whose answer was lost) apart from an existing secret.
 */
function createStep(request, call) {
    return request.ifExists === 'update'
        ? { call, replanOn: 'ResourceExistsException' }
        : { call, onExists: request.ifExists };
}
/**
 * The default path reads nothing: with `create-if-missing`, "not found" becomes a create, and
 * "already exists" (another writer created it meanwhile) the first call again.
 */
function withCreateFallback(known, first, value) {
    const { request, context } = known;
    const create = {
        call: createCall(request, value, value ? context.token : undefined),
        fallback: {
            exception: 'ResourceExistsException',
            instead: [{ call: first }],
            note: `Secret ${request.secretId} was created by another writer meanwhile: updating it instead.`
        }
    };
    return {
        call: first,
        fallback: {
            exception: 'ResourceNotFoundException',
            instead: request.arn ? { fail: cannotCreateArn(request.secretId) } : [create]
        }
    };
}
/**
 * A staging run's labels, onto the version that holds the value it found equal: each moves from the
 * version that has it (a staged version this run does not stand for), or is added.
 */
function relabelSteps(known, relabel) {
    const meta = known.meta;
    if (!relabel || !meta)
        return [];
    return relabel.stages.map((label) => {
        const from = holderOf(meta.versionStages, label);
        return {
            call: moveLabel(meta.arn, label, relabel.to, from),
            fallback: {
                exception: 'AccessDeniedException',
                instead: {
                    fail: `The value equals AWSCURRENT (version ${relabel.to}), so no version was staged, but ${label} could not be moved to it ` +
                        `(UpdateSecretVersionStage was refused)${from ? `: it is still on version ${from}, which a promotion of ${label} would make current` : ''}. ` +
                        'Grant secretsmanager:UpdateSecretVersionStage, or remove the label.'
                }
            }
        };
    });
}
/** AWSPENDING off a version that is (or has just become) AWSCURRENT; refused when it is gone already: nothing left to do. */
function removePending(secretId, versionId) {
    return {
        call: moveLabel(secretId, AWSPENDING, undefined, versionId),
        fallback: { exception: 'InvalidParameterException', instead: [] }
    };
}
/** A blind staging write with `create-if-missing`: "not found" becomes a create without a value, then the put. */
function stageOrCreate(known, put, unpend) {
    const { request } = known;
    const created = {
        call: createCall(request, undefined, undefined),
        // Created by another writer meanwhile: the put goes ahead all the same.
        fallback: { exception: 'ResourceExistsException', instead: [] }
    };
    return {
        call: put.call,
        stores: true,
        fallback: {
            exception: 'ResourceNotFoundException',
            instead: request.arn ? { fail: cannotCreateArn(request.secretId) } : [created, put, ...unpend],
            note: `Secret ${request.secretId} does not exist: creating it without a value, then staging the version. ${FIRST_VERSION_NOTE}${unpend.length > 0 ? `; ${PENDING_OFF_NOTE}` : ''}.`
        }
    };
}
/** After a fallback that created the secret, its CreateSecret carried the tags already. */
function unlessCreated(step) {
    return { ...step, unlessCreated: true };
}
/** UpdateSecret with the description and key alone, when either changes. */
function metadataCall(known) {
    const { description, kmsKeyId } = known;
    return description || kmsKeyId ? updateCall(known.id, undefined, undefined, description, kmsKeyId) : undefined;
}
/** TagResource with the tags to set (tags go last: a failure before them leaves them as they were). */
function tagCalls(known) {
    return known.tags.length > 0
        ? [
            {
                call: tagCall(known.id, known.tags.map(({ key, to }) => ({ key, value: to })))
            }
        ]
        : [];
}
/** What the run reports when every step succeeds as planned; apply's answers fill in what AWS assigns. */
function plan_outcomeOf(known, write) {
    const { request, state, context, meta, current } = known;
    const stages = stagesOf(request);
    const newVersion = write.kind !== 'none' && (write.kind !== 'create' || write.value !== undefined);
    const value = request.write.kind === 'none' ? 'none' : newVersion ? 'new-version' : 'unchanged';
    const first = write.kind === 'stage' && firstVersion(known);
    const readCurrent = (meta && holderOf(meta.versionStages, AWSCURRENT)) ?? current?.versionId ?? '';
    const relabel = write.kind === 'none' ? write.relabel : undefined;
    const labels = write.kind !== 'stage'
        ? relabel && meta
            ? relabel.stages.map((label) => labelMove(label, holderOf(meta.versionStages, label), relabel.to))
            : []
        : [...write.stages.filter((label) => !first || label !== AWSPENDING), ...(first ? [AWSCURRENT] : [])].map((label) => meta || state.kind === 'missing'
            ? labelMove(label, meta ? holderOf(meta.versionStages, label) : undefined, context.token)
            : { label, from: undefined, to: context.token, known: false });
    return {
        arn: meta?.arn ?? (state.kind === 'missing' ? '' : request.secretId),
        name: meta?.name ?? request.secretId,
        // A new version's id is the token (AWS's answer confirms it); an equal value keeps the current
        // version's id for chained steps; no value given, no id.
        versionId: newVersion ? context.token : value === 'unchanged' ? (current?.versionId ?? '') : '',
        changed: state.kind === 'unread' ||
            write.kind !== 'none' ||
            labels.length > 0 ||
            known.description !== undefined ||
            known.kmsKeyId !== undefined ||
            known.tags.length > 0,
        dryRun: false,
        created: state.kind === 'missing',
        value,
        description: known.description,
        kmsKeyId: known.kmsKeyId,
        mergeAttempts: request.write.kind === 'merge' && !stages && meta ? context.attempt : undefined,
        tags: request.tags.length > 0 ? known.tags : undefined,
        stages,
        promotion: undefined,
        labels,
        // UpdateSecret with a value, and the swap, move AWSCURRENT from the version the read found.
        previousVersionId: write.kind === 'update' && meta
            ? (holderOf(meta.versionStages, AWSCURRENT) ?? '')
            : write.kind === 'swap'
                ? (write.from ?? '')
                : '',
        // A value made current is the new version; a staged one leaves AWSCURRENT where it was (unless first).
        currentVersionId: write.kind === 'update' || write.kind === 'swap' || first || (write.kind === 'create' && newVersion)
            ? context.token
            : readCurrent,
        readCurrentVersionId: readCurrent
    };
}
/**
 * A promotion: one UpdateSecretVersionStage moves AWSCURRENT onto the version, from the version
 * the read found it on (RemoveFromVersionId), which makes it a compare-and-swap: when another
 * writer moved AWSCURRENT meanwhile, apply reads again and this is planned again. Secrets Manager
 * moves AWSPREVIOUS itself. Then the version loses AWSPENDING, if it has it; the metadata comes last.
 */
function planPromotion(request, promote, state, context) {
    if (state.kind !== 'found') {
        throw new errors/* ActionError */.lZ(`Secret ${request.secretId} was not described, so no version can be promoted: nothing was written.`);
    }
    const meta = state.meta;
    const target = promote.kind === 'version-id'
        ? meta.versionStages[promote.versionId] !== undefined
            ? promote.versionId
            : undefined
        : holderOf(meta.versionStages, promote.stage);
    if (target === undefined) {
        throw new errors/* ActionError */.lZ(promote.kind === 'version-id'
            ? `Secret ${meta.name} has no version ${promote.versionId} (among the versions with a staging label): nothing was written.`
            : `No version of secret ${meta.name} carries the label ${promote.stage}: nothing was written.`);
    }
    const targetStages = meta.versionStages[target] ?? [];
    // Some endpoints (moto, LocalStack) list versions without a label, which AWS may delete at any time.
    if (targetStages.length === 0) {
        throw new errors/* ActionError */.lZ(`Version ${target} of secret ${meta.name} has no staging label (a deprecated version, which Secrets Manager may delete): it cannot be promoted. Nothing was written.`);
    }
    const current = holderOf(meta.versionStages, AWSCURRENT);
    const alreadyCurrent = current === target;
    // `if-current-version-id` holds when the version is already current: a rerun of a promotion that landed succeeds.
    if (request.ifCurrentVersionId !== undefined && !alreadyCurrent)
        checkCurrent(request, request.ifCurrentVersionId, state);
    if (!alreadyCurrent && current !== undefined)
        checkNotOlder(request, promote, state, target, current);
    const known = {
        request,
        state,
        context,
        id: meta.arn,
        meta,
        current: undefined,
        description: metadataChange(request.description, meta.description, false),
        kmsKeyId: metadataChange(request.kmsKeyId, meta.kmsKeyId, false, sameKmsKey),
        tags: tagChanges(request.tags, meta.tags, false),
        notes: meta.rotationEnabled && targetStages.includes(AWSPENDING) ? [rotationNote(meta.name, true)] : []
    };
    const metadata = metadataCall(known);
    // The description, key and tags come after the move.
    const after = [...(metadata ? [{ call: metadata }] : []), ...tagCalls(known)];
    const pending = targetStages.includes(AWSPENDING);
    if (alreadyCurrent)
        known.notes.push({
            level: 'info',
            text: `Version ${target} is already AWSCURRENT: nothing to promote${pending ? '; it loses AWSPENDING, as a promoted version does' : ''}.`
        });
    const steps = alreadyCurrent
        ? [...(pending ? [removePending(meta.arn, target)] : []), ...after]
        : [
            ...staleLabelSteps(known),
            { call: moveLabel(meta.arn, AWSCURRENT, target, current), swapTo: target, swapBy: 'labels' },
            // Refused only when the label is no longer there (a retry after a lost answer): nothing to remove then.
            ...(pending
                ? [
                    {
                        call: moveLabel(meta.arn, AWSPENDING, undefined, target),
                        fallback: { exception: 'InvalidParameterException', instead: [] }
                    }
                ]
                : []),
            ...after
        ];
    return {
        kind: 'promote',
        steps,
        cleanup: [],
        notes: known.notes,
        outcome: {
            arn: meta.arn,
            name: meta.name,
            versionId: target,
            changed: steps.length > 0,
            dryRun: false,
            created: false,
            value: 'none',
            description: known.description,
            kmsKeyId: known.kmsKeyId,
            mergeAttempts: undefined,
            tags: request.tags.length > 0 ? known.tags : undefined,
            stages: undefined,
            promotion: { versionId: target, alreadyCurrent },
            labels: alreadyCurrent
                ? pending
                    ? [labelMove(AWSPENDING, target, undefined)]
                    : []
                : [
                    labelMove(AWSCURRENT, current, target),
                    ...(current ? [labelMove(AWSPREVIOUS, holderOf(meta.versionStages, AWSPREVIOUS), current)] : []),
                    ...(pending ? [labelMove(AWSPENDING, target, undefined)] : [])
                ],
            previousVersionId: alreadyCurrent ? '' : (current ?? ''),
            currentVersionId: target,
            readCurrentVersionId: current ?? ''
        }
    };
}
/**
 * A promotion never discards a later change silently: the version to promote must not have been
 * created before the version that is AWSCURRENT (ListSecretVersionIds' CreatedDate; the same
 * instant is a tie, not older), unless the run asks for an older version on purpose: a rollback to
 * AWSPREVIOUS (by label or by its id), or a promotion that names the version it replaces
 * (`if-current-version-id`).
 */
function checkNotOlder(request, promote, state, target, current) {
    const meta = state.meta;
    if (request.ifCurrentVersionId !== undefined)
        return;
    if (promote.kind === 'stage' && promote.stage === AWSPREVIOUS)
        return;
    if (holderOf(meta.versionStages, AWSPREVIOUS) === target)
        return;
    const optIn = 'To return to an older version on purpose, promote AWSPREVIOUS, or name the version it replaces with `if-current-version-id`.';
    const created = state.created;
    if (created === undefined || created === 'denied') {
        throw new errors/* ActionError */.lZ(`Cannot tell whether version ${target} is older than version ${current}, which is AWSCURRENT: ListSecretVersionIds was ${created === 'denied' ? 'refused (grant secretsmanager:ListSecretVersionIds)' : 'not read'}. Nothing was written. ${optIn}`);
    }
    const made = created[target];
    const now = created[current];
    if (!made || !now) {
        throw new errors/* ActionError */.lZ(`ListSecretVersionIds gave no creation date for version ${made ? current : target} of secret ${meta.name}, so whether the promotion would discard a later version cannot be told. Nothing was written. ${optIn}`);
    }
    if (made.getTime() < now.getTime()) {
        throw new errors/* ActionError */.lZ(`Version ${target} (created ${made.toISOString()}) is older than version ${current} (created ${now.toISOString()}), which is AWSCURRENT: ` +
            `promoting it would discard the later change. Nothing was written. ${optIn}`);
    }
}
function guardDeletion(meta) {
    if (meta.deletedDate) {
        throw new errors/* ActionError */.lZ(`Secret ${meta.name} is scheduled for deletion (on ${meta.deletedDate.toISOString()}): nothing was written. ` +
            'Restore it first with `aws secretsmanager restore-secret`.');
    }
}
function rotationNote(name, staging) {
    return staging
        ? {
            level: 'warning',
            text: `Rotation is enabled on secret ${name}: its rotation function owns the AWSPENDING label, ` +
                'and a rotation may replace or promote the version this step stages.'
        }
        : {
            level: 'warning',
            text: `Rotation is enabled on secret ${name}: its rotation function may overwrite the value this step writes.`
        };
}
function stagesOf(request) {
    return request.write.kind === 'value' || request.write.kind === 'merge' ? request.write.stages : undefined;
}
function labelMove(label, from, to) {
    return { label, from, to, known: true };
}
function mergeLabel(token) {
    return `${MERGE_LABEL_PREFIX}${token}`.slice(0, 256);
}
/**
 * Removals of the merge labels interrupted runs left (a secret carries at most 20 labels in all),
 * before a write that adds a label or moves one. Another run may remove the same label first:
 * then the call is refused, and there is nothing left to do.
 */
function staleLabelSteps(known) {
    const { meta, context } = known;
    if (!meta)
        return [];
    return staleMergeLabels(meta.versionStages, context.now, context.staleLabelMs).map(({ label, versionId }) => ({
        call: moveLabel(meta.arn, label, undefined, versionId),
        fallback: { exception: 'InvalidParameterException', instead: [] }
    }));
}
/** Merge labels (of this action's own pattern) older than `maxAgeMs`, by the time in their UUIDv7. */
function staleMergeLabels(versionStages, now, maxAgeMs) {
    const stale = [];
    for (const [versionId, stages] of Object.entries(versionStages)) {
        for (const label of stages) {
            const made = label.startsWith(MERGE_LABEL_PREFIX) ? uuidv7Time(label.slice(MERGE_LABEL_PREFIX.length)) : undefined;
            if (made !== undefined && now - made > maxAgeMs)
                stale.push({ label, versionId });
        }
    }
    return stale;
}
/** A metadata field to send: left out when `skip-unchanged` finds it equal to the stored one. */
function metadataChange(wanted, stored, skipEqual, same = (w, s) => w === (s ?? '')) {
    if (wanted === undefined)
        return undefined;
    if (skipEqual && same(wanted, stored))
        return undefined;
    return { from: stored, to: wanted };
}
const AWS_MANAGED_KEY = 'alias/aws/secretsmanager';
/**
 * Whether a `kms-key-id` names the key DescribeSecret reports: DescribeSecret leaves KmsKeyId out
 * for the AWS managed key, and may give an ARN where the input gave an alias or a key id.
 */
function sameKmsKey(wanted, stored) {
    const have = stored ?? AWS_MANAGED_KEY;
    if (wanted === have)
        return true;
    // `alias/x` or a key id matches the ARN that ends in it (`...:alias/x`, `...:key/<id>`).
    return have.startsWith('arn:') && (have.endsWith(`:${wanted}`) || have.endsWith(`:key/${wanted}`));
}
function tagCall(secretId, tags) {
    return { op: 'tag', secretId, tags };
}
function updateCall(secretId, value, token, description, kmsKeyId) {
    return { op: 'update', secretId, value, token, description: description?.to, kmsKeyId: kmsKeyId?.to };
}
function createCall(request, value, token) {
    return {
        op: 'create',
        name: request.secretId,
        value,
        token,
        description: request.description,
        kmsKeyId: request.kmsKeyId,
        tags: request.tags,
        replicas: request.replicas,
        forceOverwrite: request.forceOverwriteReplica
    };
}
function putVersion(secretId, value, token, stages) {
    return { op: 'put-version', secretId, value, token, stages };
}
function moveLabel(secretId, label, to, from) {
    return { op: 'move-label', secretId, label, to, from };
}
function cannotCreateArn(secretId) {
    return `Secret ${secretId} does not exist, and an ARN cannot name a secret to create (its suffix is chosen by AWS): use the secret's name as \`secret-id\`.`;
}
/** A merged value, checked against Secrets Manager's size limit before anything is written. */
function mergedValue(merged) {
    const text = JSON.stringify(merged);
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > MAX_VALUE_BYTES) {
        throw new errors/* ActionError */.lZ(`The merged value would be ${bytes} bytes; Secrets Manager takes at most ${MAX_VALUE_BYTES}: nothing was written (the value is not shown).`);
    }
    return { kind: 'text', text };
}
/** AWSCURRENT's JSON object, for a merge; undefined when the secret has no current value. */
function currentObject(current, attempt) {
    if (!current?.value)
        return undefined;
    const object = current.value.kind === 'text' ? parseJsonObject(current.value.text) : undefined;
    if (!object) {
        const when = attempt > 1
            ? 'another writer replaced it during the merge. No value of this run is current: the versions its earlier attempts wrote lost the race and carry no label'
            : 'nothing was written';
        throw new errors/* ActionError */.lZ(`The current value (AWSCURRENT) is not a JSON object, so \`json-merge\` cannot merge into it; ${when} (the value is not shown).`);
    }
    return object;
}
function sameValueAs(value, current) {
    const stored = current.value;
    if (!stored)
        return false;
    return sameValue(value, stored.kind === 'text' ? { secretString: stored.text } : { secretBinary: stored.bytes });
}

;// CONCATENATED MODULE: ../src/same-secret.ts
/** The suffix Secrets Manager adds to a secret's name in its ARN. */
const ARN_SUFFIX = /-[A-Za-z0-9]{6}$/;
/** The names an ARN may stand for: its name as written, and without a suffix. */
function namesOf(arn) {
    return [arn.name, arn.name.replace(ARN_SUFFIX, '')];
}
/** Whether two names or ARNs may name one secret. */
function maySameSecret(a, b) {
    if (!a.arn && !b.arn)
        return a.secretId === b.secretId;
    if (a.arn && b.arn) {
        if (a.arn.partition !== b.arn.partition || a.arn.region !== b.arn.region || a.arn.account !== b.arn.account) {
            return false;
        }
        return a.arn.name === b.arn.name || namesOf(a.arn).includes(b.arn.name) || namesOf(b.arn).includes(a.arn.name);
    }
    // A name is resolved in the caller's account, which the ARN may be: the same, conservatively.
    const [arn, name] = a.arn ? [a.arn, b.secretId] : [b.arn, a.secretId];
    return namesOf(arn).includes(name);
}
/** The first line that may name the same secret as an earlier one, and that line. */
function firstSameSecret(named) {
    for (let j = 1; j < named.length; j++) {
        const later = named[j];
        const earlier = named.slice(0, j).find((other) => maySameSecret(other, later));
        if (earlier)
            return { later, earlier };
    }
    return undefined;
}
/**
 * Where every target was read: the first whose ARN read is another's. `arns[i]` is what target
 * i's read found (undefined when the secret was not read, or is missing).
 */
function firstSameArnRead(ids, arns) {
    const seen = new Map();
    for (const [i, arn] of arns.entries()) {
        if (arn === undefined)
            continue;
        const earlier = seen.get(arn);
        if (earlier !== undefined)
            return { later: ids[i], earlier, arn };
        seen.set(arn, ids[i]);
    }
    return undefined;
}

;// CONCATENATED MODULE: ../src/batch.ts








/** How often a write reads and plans again when another writer got there first. */
const MAX_ATTEMPTS = 10;
/** SDK calls one merge attempt makes at most: describe, read, stale labels aside, put, swap, settle, metadata, cleanup. */
const CALLS_PER_ATTEMPT = 7;
/** The SDK's standard retry strategy waits at most 20 s before a retry. */
const SDK_MAX_RETRY_DELAY_MS = 20_000;
const MAX_BACKOFF_MS = 2000;
/** A target whose read or plan failed: nothing was written to any target. */
class PlanFailedError extends Error {
    secretId;
    cause;
    name = 'PlanFailedError';
    constructor(secretId, cause) {
        super((0,errors/* failureMessage */.oh)(cause));
        this.secretId = secretId;
        this.cause = cause;
    }
}
async function writeAll(client, requests, reporterFor, options) {
    const signal = options.signal;
    const planned = new Array(requests.length);
    let failure;
    await pool(requests.length, options.maxConcurrency, async (i) => {
        const request = requests[i];
        if (failure || signal?.aborted || !request)
            return;
        try {
            planned[i] = await readAndPlan(client, request, reporterFor(request), options, tokenOf(request), 1);
        }
        catch (error) {
            failure ??= new PlanFailedError(request.secretId, error);
        }
    });
    const results = requests.map(() => ({ status: 'not-attempted' }));
    if (signal?.aborted)
        return resultsOf(requests, results);
    if (failure)
        throw failure;
    const same = firstSameArnRead(requests.map((r) => r.secretId), planned.map((p) => p?.arnRead));
    if (same) {
        throw new PlanFailedError(same.later, new errors/* ActionError */.lZ(`names the same secret as ${same.earlier} (${same.arn}): one step writes a secret once, so list it on one line.`));
    }
    // A dry run is the real run's plans, reported instead of applied.
    if (options.dryRun) {
        planned.forEach((p, i) => (results[i] = p ? { status: 'done', outcome: dryRunOf(p.plan.outcome), written: [] } : results[i]));
        return resultsOf(requests, results);
    }
    let failed = false;
    await pool(requests.length, options.maxConcurrency, async (i) => {
        const request = requests[i];
        const first = planned[i];
        if (failed || signal?.aborted || !request || !first)
            return;
        try {
            const { outcome, written } = await writeOne(client, request, first, reporterFor(request), options);
            results[i] = { status: 'done', outcome, written };
        }
        catch (error) {
            if (error instanceof errors/* CancelledError */.cc) {
                results[i] = {
                    status: 'cancelled',
                    written: error.written,
                    uncertain: error.uncertain,
                    leftover: error.leftover
                };
                return;
            }
            failed = true;
            const written = error instanceof errors/* PartialWriteError */.vT ? error.written : [];
            results[i] = {
                status: 'failed',
                reason: (0,errors/* failureMessage */.oh)(error instanceof errors/* PartialWriteError */.vT ? error.cause : error),
                written,
                error
            };
        }
    });
    return resultsOf(requests, results);
}
function resultsOf(requests, results) {
    return requests.map((request, i) => ({
        secretId: request.secretId,
        result: results[i] ?? { status: 'not-attempted' }
    }));
}
/** `client-request-token`: one token for one logical write, whichever call makes it. */
function tokenOf(request) {
    return request.write.kind === 'value' ? request.write.token : undefined;
}
/** One target's writes: its first plan applied, then read and planned again while another writer got there first. */
async function writeOne(client, request, first, reporter, options) {
    const written = [];
    let planned = first;
    let wanted = request;
    try {
        for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            if (attempt > 1) {
                await sleep((options.backoff ?? jitteredBackoff)(attempt), options.signal, 'before the next attempt');
                // A merge names each attempt's version anew; any other write keeps its one token.
                const token = wanted.write.kind === 'merge' ? undefined : planned.token;
                planned = await readAndPlan(client, wanted, reporter, options, token, attempt);
            }
            const plan = planned.plan;
            // A promotion is of the version resolved first: after a lost race, `promote-stage` may name
            // another version (a rollback's AWSPREVIOUS moves with every update), and that one was never asked for.
            const promoted = plan.outcome.promotion?.versionId;
            if (wanted.write.kind === 'promote' && promoted) {
                wanted = { ...wanted, write: { kind: 'promote', promotion: { kind: 'version-id', versionId: promoted } } };
            }
            const result = await applyPlan(client, plan, reporter, {
                signal: options.signal,
                stopWaitMs: options.stopWaitMs,
                replicaWaitMs: options.replicaWaitMs
            });
            written.push(...result.written);
            if (result.kind === 'done')
                return { outcome: outcomeOf(plan, result.applied), written };
            // `if-current-version-id`: AWSCURRENT left that version, so the condition no longer holds.
            if (request.ifCurrentVersionId !== undefined)
                throw new errors/* ActionError */.lZ(preconditionLost(request.ifCurrentVersionId, plan));
            reporter.info(result.reason);
        }
        throw new errors/* ActionError */.lZ(request.write.kind === 'promote'
            ? `Gave up after ${MAX_ATTEMPTS} attempts: other writers kept moving AWSCURRENT, and this run did not promote its version. Run the step again.`
            : `Gave up after ${MAX_ATTEMPTS} attempts: other writers kept changing the secret. No value of this run is current; run the step again.`);
    }
    catch (error) {
        // Earlier attempts may have written before this one failed: the error says all of it.
        if (error instanceof errors/* CancelledError */.cc) {
            throw new errors/* CancelledError */.cc([...written, ...error.written], error.uncertain, error.leftover);
        }
        if (options.signal?.aborted)
            throw new errors/* CancelledError */.cc(written, undefined, []);
        if (error instanceof errors/* PartialWriteError */.vT)
            throw new errors/* PartialWriteError */.vT([...written, ...error.written], error.cause);
        if (written.length > 0)
            throw new errors/* PartialWriteError */.vT(written, error);
        throw error;
    }
}
/** The failure of a compare-and-swap refused under `if-current-version-id`: no re-read, no retry. */
function preconditionLost(wanted, plan) {
    const left = plan.kind === 'swap'
        ? ` Version ${plan.outcome.versionId} was written and is left without a label (it counts toward the secret's version quota until Secrets Manager deletes it).`
        : '';
    return `AWSCURRENT is no longer version ${wanted} (\`if-current-version-id\`): another writer moved it, so AWSCURRENT was not moved.${left}`;
}
/** Reads and plans one attempt: masks registered for what was read and what the plan writes, notes reported. */
async function readAndPlan(client, request, reporter, options, given, attempt) {
    const state = await readSecret(client, request, { report: options.dryRun, signal: options.signal });
    if (state.kind === 'found' && state.current?.value)
        reporter.mask(state.current.value);
    const kind = request.write.kind === 'merge' ? 'merge' : 'version';
    const token = given ?? (options.newToken ?? ((k) => newVersionId(k, [])))(kind);
    const now = (options.now ?? Date.now)();
    const plan = planWrite(request, state, { token, attempt, now, staleLabelMs: options.staleLabelMs });
    for (const value of valuesOf(plan.steps))
        reporter.mask(value);
    for (const note of plan.notes)
        reporter[note.level](note.text);
    return { plan, token, arnRead: state.kind === 'found' ? state.meta.arn : undefined };
}
/** Every value a plan would write (a merged value is new to the run, and masked before anything prints). */
function valuesOf(steps) {
    return steps.flatMap((step) => {
        const own = 'value' in step.call && step.call.value ? [step.call.value] : [];
        const instead = step.fallback?.instead;
        return [...own, ...(instead && !('fail' in instead) ? valuesOf(instead) : [])];
    });
}
/**
 * The longest a merge can legitimately run with these settings: every attempt's calls, each with
 * every SDK attempt taking its full connect and read time and the longest retry delay. A merge
 * label older than that was left by a run that was killed.
 */
function mergeTimeBoundMs(settings) {
    const perCall = settings.maxAttempts * (settings.connectTimeoutMs + settings.readTimeoutMs + SDK_MAX_RETRY_DELAY_MS);
    return MAX_ATTEMPTS * (CALLS_PER_ATTEMPT * perCall + MAX_BACKOFF_MS);
}
/** Full jitter over an exponential base: 50 ms, 100 ms, 200 ms ... capped at 2 s. */
function jitteredBackoff(attempt) {
    return Math.random() * Math.min(MAX_BACKOFF_MS, 50 * 2 ** (attempt - 1));
}
/** Runs `task(0 .. n-1)` with at most `limit` at once, in order of index. */
async function pool(n, limit, task) {
    let next = 0;
    const worker = async () => {
        while (next < n)
            await task(next++);
    };
    await Promise.all(Array.from({ length: Math.min(limit, n) }, worker));
}

// EXTERNAL MODULE: ../src/client.ts + 2 modules
var src_client = __webpack_require__(9327);
;// CONCATENATED MODULE: ../src/mask.ts
/**
 * Pure: the strings to register with `core.setSecret` for a value, so that any later print of
 * the value, of a part of it, or of its base64 shows `***`.
 *
 * The runner registers each mask and, by itself, each of its lines (split at CR and LF, trimmed).
 * The runner matches masks within one log line, so a multi-line value must also be registered
 * line by line to be hidden when printed. A line such as `{` or `},` would then mask every brace
 * in the job's log: so no mask ever holds a structure-only (or too short) line, whether the value
 * is JSON or not, and JSON is masked by its compact form and its leaves instead, each leaf both as
 * the text writes it (escapes and all) and as it decodes.
 */

/**
 * A line with nothing but JSON/YAML punctuation and white space carries no secret. White space as
 * the runner trims a mask's lines (.NET's char.IsWhiteSpace), which also counts U+0085.
 */
const STRUCTURE_ONLY = /^[\s\u0085{}[\](),:;"'`]*$/;
/** A text without the white space the runner trims from each line of a mask. */
function trimmed(text) {
    return text.replace(/^[\s\u0085]+|[\s\u0085]+$/g, '');
}
/** The line ends at which the runner splits a mask into lines of its own. */
const LINE_END = /\r\n|\r|\n/;
/**
 * JSON leaves shorter than this are not registered: `1`, `on` or `no` carry no secret, and as
 * masks they would hide every such character in the log and make the runner drop any job output
 * (an ARN, a version id) that happens to contain them.
 */
const MIN_LEAF_LENGTH = 3;
function masksFor(value) {
    const masks = new Set();
    if (value.kind === 'binary') {
        const bytes = Buffer.from(value.bytes);
        masks.add(bytes.toString('base64'));
        // As a later step that prints the bytes would show them: the runner decodes a step's output as
        // UTF-8, each invalid sequence as U+FFFD (a Latin-1 .env file stored with `binary: true`).
        addText(masks, new TextDecoder('utf-8').decode(bytes));
    }
    else {
        addText(masks, value.text);
        masks.add(Buffer.from(value.text, 'utf8').toString('base64'));
    }
    // The runner refuses a blank mask (with a warning): it would mask nothing.
    return [...masks].filter((m) => trimmed(m) !== '');
}
/**
 * Masks for a text value: a JSON document by its compact form and leaves; other text whole (unless
 * one of its lines cannot carry a secret: then as one JSON-escaped line instead) and by its lines
 * that can.
 */
function addText(masks, text) {
    const json = parseJsonDocument(text);
    if (json === undefined) {
        if (!LINE_END.test(text)) {
            // One line is the whole secret, whatever it holds.
            masks.add(text);
        }
        else if (text.split(LINE_END).some((line) => trimmed(line) !== '' && carriesNoSecret(line))) {
            // The whole text would give the runner those lines: its JSON-escaped form is one line.
            masks.add(JSON.stringify(text).slice(1, -1));
        }
        else {
            masks.add(text);
        }
        addLines(masks, text);
        return;
    }
    // `{}` or `[]` would mask every empty object in the log: structure-only forms are skipped.
    const oneLine = LINE_END.test(text) ? [] : [text, text.replace(/^\ufeff/, '')];
    for (const form of [JSON.stringify(json), ...oneLine]) {
        if (!isStructureOnly(form))
            masks.add(form);
    }
    for (const leaf of writtenLeaves(text)) {
        if (leaf.kind === 'number') {
            if (leaf.written.length >= MIN_LEAF_LENGTH)
                masks.add(leaf.written);
        }
        else if (trimmed(leaf.decoded).length >= MIN_LEAF_LENGTH) {
            addLines(masks, leaf.decoded);
            // As written, a string leaf holds no line break (JSON escapes them): it is one line.
            if (leaf.written !== leaf.decoded && !isStructureOnly(leaf.written))
                masks.add(leaf.written);
        }
    }
}
/**
 * Registers each line of a multi-line text that can carry a secret (the runner would split a
 * multi-line mask anyway); a one-line text is the secret itself, whatever it holds.
 */
function addLines(masks, text) {
    const lines = text.split(LINE_END);
    if (lines.length === 1) {
        if (!isStructureOnly(text))
            masks.add(text);
        return;
    }
    for (const line of lines) {
        if (!carriesNoSecret(line))
            masks.add(line);
    }
}
function isStructureOnly(line) {
    return STRUCTURE_ONLY.test(line);
}
/**
 * A line of a multi-line value that is only punctuation, or shorter than MIN_LEAF_LENGTH: as a
 * mask it would hide such text (`}`, `ok`, `-`) everywhere in the job's log.
 */
function carriesNoSecret(line) {
    return isStructureOnly(line) || trimmed(line).length < MIN_LEAF_LENGTH;
}
/** Replaces every registered mask in a message, longest first, as a second line of defence. */
function redact(message, masks) {
    let out = message;
    for (const mask of [...masks].sort((a, b) => b.length - a.length)) {
        if (mask.length > 0)
            out = out.split(mask).join('***');
    }
    return out;
}
/**
 * The credential inside a proxy URL, as given and as decoded: the password of `user:pass@`, or
 * the user of `token@` (a token given as the user name is the secret then).
 */
function proxyMasks(proxyUrl) {
    const { username, password } = new URL(proxyUrl);
    const secret = password || username;
    if (!secret)
        return [];
    let decoded = secret;
    try {
        decoded = decodeURIComponent(secret);
    }
    catch {
        // settings.ts rejects bad escapes; the raw form is still masked.
    }
    return [...new Set([secret, decoded])];
}

;// CONCATENATED MODULE: ../src/metadata-only.ts
function metadataOnlyNotice(results, report) {
    const result = results[0]?.result;
    if (report !== 'single' || result?.status !== 'done')
        return undefined;
    const o = result.outcome;
    if (o.value !== 'none' || o.promotion || (!o.description && !o.kmsKeyId))
        return undefined;
    const what = [...(o.description ? ['the description'] : []), ...(o.kmsKeyId ? ['the KMS key'] : [])].join(' and ');
    const verb = o.dryRun ? 'would change' : 'changed';
    const cause = 'If a value was meant (say `secret-string: ${{ secrets.NAME }}`), it was empty in this run: a GitHub secret is ' +
        "not available to a workflow run by a fork's pull request or by Dependabot, and an environment secret only " +
        'to a job that names its environment.';
    const name = o.name.replace(/[`\r\n|]/g, ' ');
    return {
        text: `No value was given: this step ${verb} only ${what} of secret ${o.name}, and wrote no version. ${cause}`,
        markdown: `\n> **No value was given**: this step ${verb} only ${what} of \`${name}\`, and wrote no version. ${cause}\n`
    };
}

;// CONCATENATED MODULE: ../src/password.ts
/**
 * A random password made inside the action, as Secrets Manager's GetRandomPassword makes one with
 * `RequireEachIncludedType`: characters from upper case, lower case, digits and punctuation, minus
 * the excluded ones, with each class that has characters left appearing at least once.
 *
 * Pure apart from the random bytes, which the caller passes (Node's CSPRNG in the action, a fixed
 * stream in tests). Every character is drawn uniformly by rejection sampling, never with a bare
 * `byte % n` (which favours the first `256 % n` characters); a password that misses a class is
 * drawn again whole, so that the result is uniform over every password that meets the rules.
 */
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const DIGITS = '0123456789';
/** GetRandomPassword's 32 punctuation characters. */
const PUNCTUATION = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';
const MIN_PASSWORD_LENGTH = 8;
const MAX_PASSWORD_LENGTH = 4096;
const DEFAULT_PASSWORD_LENGTH = 32;
/**
 * The classes that keep at least one character under the rules, each as its remaining characters.
 * Empty when the rules exclude everything.
 */
function passwordClasses(rules) {
    const excluded = new Set(rules.excludeCharacters);
    const classes = rules.excludePunctuation ? [UPPER, LOWER, DIGITS] : [UPPER, LOWER, DIGITS, PUNCTUATION];
    return classes.map((chars) => [...chars].filter((c) => !excluded.has(c)).join('')).filter((chars) => chars !== '');
}
/**
 * How many whole passwords to draw before giving up. The worst rules the inputs allow (three
 * classes left with one character each, beside the 32 punctuation characters, at length 8) meet
 * every class once in about 150 draws, so this bound is never reached by chance (the chance is
 * below e^-60); it only keeps a defect from looping forever.
 */
const MAX_DRAWS = 10_000;
function generatePassword(rules, randomBytes) {
    const classes = passwordClasses(rules);
    if (classes.length === 0)
        throw new Error('the password rules exclude every character');
    if (!Number.isInteger(rules.length) || rules.length < classes.length) {
        throw new Error(`a password of ${rules.length} characters cannot hold one of each of ${classes.length} classes`);
    }
    const alphabet = classes.join('');
    const draw = indexSampler(alphabet.length, randomBytes);
    for (let attempt = 0; attempt < MAX_DRAWS; attempt++) {
        let password = '';
        for (let i = 0; i < rules.length; i++)
            password += alphabet[draw()];
        if (classes.every((chars) => [...chars].some((c) => password.includes(c))))
            return password;
    }
    throw new Error(`no password met the rules in ${MAX_DRAWS} draws`);
}
/**
 * A function that returns indexes uniform on [0, n) (n <= 256), from the bytes of `randomBytes`:
 * a byte at or above the largest multiple of n is discarded, so that each index has the same
 * number of byte values. Bytes are fetched in blocks, as each call of the CSPRNG has a cost.
 */
function indexSampler(n, randomBytes) {
    if (!Number.isInteger(n) || n < 1 || n > 256)
        throw new Error(`cannot sample an index below ${n} from bytes`);
    const limit = 256 - (256 % n);
    let block = new Uint8Array(0);
    let at = 0;
    return () => {
        for (;;) {
            if (at >= block.length) {
                block = randomBytes(256);
                at = 0;
            }
            const byte = block[at++];
            if (byte < limit)
                return byte % n;
        }
    };
}

;// CONCATENATED MODULE: ../node_modules/@actions/github/lib/context.js


class Context {
    /**
     * Hydrate the context from the environment
     */
    constructor() {
        var _a, _b, _c;
        this.payload = {};
        if (process.env.GITHUB_EVENT_PATH) {
            if ((0,external_fs_.existsSync)(process.env.GITHUB_EVENT_PATH)) {
                this.payload = JSON.parse((0,external_fs_.readFileSync)(process.env.GITHUB_EVENT_PATH, { encoding: 'utf8' }));
            }
            else {
                const path = process.env.GITHUB_EVENT_PATH;
                process.stdout.write(`GITHUB_EVENT_PATH ${path} does not exist${external_os_.EOL}`);
            }
        }
        this.eventName = process.env.GITHUB_EVENT_NAME;
        this.sha = process.env.GITHUB_SHA;
        this.ref = process.env.GITHUB_REF;
        this.workflow = process.env.GITHUB_WORKFLOW;
        this.action = process.env.GITHUB_ACTION;
        this.actor = process.env.GITHUB_ACTOR;
        this.job = process.env.GITHUB_JOB;
        this.runAttempt = parseInt(process.env.GITHUB_RUN_ATTEMPT, 10);
        this.runNumber = parseInt(process.env.GITHUB_RUN_NUMBER, 10);
        this.runId = parseInt(process.env.GITHUB_RUN_ID, 10);
        this.apiUrl = (_a = process.env.GITHUB_API_URL) !== null && _a !== void 0 ? _a : `https://api.github.com`;
        this.serverUrl = (_b = process.env.GITHUB_SERVER_URL) !== null && _b !== void 0 ? _b : `https://github.com`;
        this.graphqlUrl =
            (_c = process.env.GITHUB_GRAPHQL_URL) !== null && _c !== void 0 ? _c : `https://api.github.com/graphql`;
    }
    get issue() {
        const payload = this.payload;
        return Object.assign(Object.assign({}, this.repo), { number: (payload.issue || payload.pull_request || payload).number });
    }
    get repo() {
        if (process.env.GITHUB_REPOSITORY) {
            const [owner, repo] = process.env.GITHUB_REPOSITORY.split('/');
            return { owner, repo };
        }
        if (this.payload.repository) {
            return {
                owner: this.payload.repository.owner.login,
                repo: this.payload.repository.name
            };
        }
        throw new Error("context.repo requires a GITHUB_REPOSITORY environment variable like 'owner/repo'");
    }
}
//# sourceMappingURL=context.js.map
;// CONCATENATED MODULE: ../src/run-context.ts
/**
 * The workflow run this step belongs to, from @actions/github's context: for the user agent
 * (so CloudTrail shows which run wrote the secret) and for the summary's link back to the run.
 */
// @actions/github's entry point loads the Octokit client; the run's context is all this action
// needs, so it comes from its context module (imported by path: the package exports only its entry point).

/** The run, with an empty repository and run id 0 outside a workflow run. */
function readRunContext() {
    const context = new Context();
    let repository = '';
    try {
        const { owner, repo } = context.repo;
        repository = `${owner}/${repo}`;
    }
    catch {
        // context.repo throws without GITHUB_REPOSITORY: a plain local run has none.
    }
    return {
        serverUrl: context.serverUrl,
        repository,
        runId: Number.isFinite(context.runId) ? context.runId : 0,
        runAttempt: Number.isFinite(context.runAttempt) && context.runAttempt > 0 ? context.runAttempt : 1
    };
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ../node_modules/@aws-sdk/core/dist-es/submodules/client/util-endpoints/lib/aws/partition.js + 1 modules
var partition = __webpack_require__(8575);
// EXTERNAL MODULE: ../src/region-name.ts
var region_name = __webpack_require__(923);
;// CONCATENATED MODULE: ../src/replica-regions.ts
/**
 * Pure: the `replica-regions` input, one replica per line: `REGION`, or `REGION KMS_KEY_ID` (the
 * key that encrypts the replica in that region). Blank lines and lines starting with `#` are
 * skipped. Every region must be a region of the primary's partition, other than the primary's own
 * region, and named once: all checked here, before any request.
 */


/**
 * `partitionOf` gives a region's partition (undefined for anything that is not a region name);
 * `primary` is the region of the step, which a replica cannot be in.
 */
function parseReplicaRegions(text, primary, partitionOf) {
    const replicas = [];
    const seen = new Map();
    const lines = text.split(/\r?\n/);
    const home = partitionOf(primary);
    for (let i = 0; i < lines.length; i++) {
        const line = i + 1;
        const content = lines[i].trim();
        if (content === '' || content.startsWith('#'))
            continue;
        const fail = (detail) => new errors/* InputError */.dz('replica-regions', `line ${line}: ${detail}`);
        const words = content.split(/\s+/);
        if (words.length > 2)
            throw fail('write REGION, or REGION and the KMS key id of the replica, separated by a space.');
        const [region = '', kmsKeyId] = words;
        const partition = partitionOf(region);
        if (partition === undefined)
            throw fail(`"${region}" is not an AWS region name (such as eu-west-1).`);
        if (partition !== home) {
            throw fail(`${region} is in partition ${partition}, but the secret is in ${primary} (${String(home)}): a replica stays in its partition.`);
        }
        if (region === primary)
            throw fail(`${region} is the secret's own region (the primary), not a replica region.`);
        const first = seen.get(region);
        if (first !== undefined)
            throw fail(`names ${region}, as line ${first} does.`);
        if (kmsKeyId !== undefined && kmsKeyId.length > MAX_KMS_KEY_ID) {
            throw fail(`the KMS key id is longer than ${MAX_KMS_KEY_ID} characters.`);
        }
        seen.set(region, line);
        replicas.push({ region, kmsKeyId });
    }
    if (replicas.length === 0)
        throw new errors/* InputError */.dz('replica-regions', 'names no region (every line is blank or a comment).');
    return replicas;
}

;// CONCATENATED MODULE: ../src/secrets-list.ts
/**
 * Pure: the `secrets` input, one secret per line: its name or ARN, whitespace, then where its value
 * comes from (`env:NAME`, `file:PATH` or `binary-file:PATH`). The source is the rest of the line
 * after the first run of whitespace, so a path may contain spaces; trailing whitespace is dropped.
 * Blank lines and lines starting with `#` are skipped.
 *
 * Errors name the input and the line number, never the line's text: a value pasted into the
 * block by mistake must not reach the log.
 */

const MAX_SECRETS = 100;
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
function parseSecretsList(text) {
    const lines = text.split(/\r?\n/);
    const parsed = [];
    const seen = new Map();
    for (let i = 0; i < lines.length; i++) {
        const line = i + 1;
        const content = lines[i].trim();
        if (content === '' || content.startsWith('#'))
            continue;
        const split = /\s+/.exec(content);
        if (!split) {
            throw new errors/* InputError */.dz('secrets', `line ${line} has no source: write the secret's name or ARN, whitespace, then env:NAME, file:PATH or binary-file:PATH.`);
        }
        const secretId = content.slice(0, split.index);
        const source = parseSource(content.slice(split.index + split[0].length), line);
        const first = seen.get(secretId);
        if (first !== undefined)
            throw new errors/* InputError */.dz('secrets', `line ${line} names the same secret as line ${first}.`);
        seen.set(secretId, line);
        parsed.push({ line, secretId, source });
    }
    if (parsed.length === 0)
        throw new errors/* InputError */.dz('secrets', 'lists no secret (every line is blank or a comment).');
    if (parsed.length > MAX_SECRETS) {
        throw new errors/* InputError */.dz('secrets', `lists ${parsed.length} secrets; one step writes at most ${MAX_SECRETS}.`);
    }
    return parsed;
}
function parseSource(source, line) {
    const colon = source.indexOf(':');
    const kind = colon < 0 ? '' : source.slice(0, colon);
    const rest = source.slice(colon + 1);
    switch (kind) {
        case 'env':
            if (!ENV_NAME.test(rest)) {
                throw new errors/* InputError */.dz('secrets', `line ${line}: env: needs an environment variable name (letters, digits and _, not starting with a digit).`);
            }
            return { kind: 'env', name: rest };
        case 'file':
        case 'binary-file':
            if (rest === '')
                throw new errors/* InputError */.dz('secrets', `line ${line}: ${kind}: needs a path (relative to the workspace).`);
            return { kind: 'file', path: rest, binary: kind === 'binary-file' };
        default:
            throw new errors/* InputError */.dz('secrets', `line ${line}: the source must be env:NAME, file:PATH or binary-file:PATH.`);
    }
}

;// CONCATENATED MODULE: ../src/password-env.ts
/**
 * Pure: the names `password-env` may not take. The generated password goes to every later step of
 * the job through GITHUB_ENV, so a name that some program reads at start-up would let this input
 * change how those steps run: which programs start (PATH, BASH_ENV), which code they load
 * (LD_PRELOAD, PYTHONPATH, JAVA_TOOL_OPTIONS), which servers they trust (SSL_CERT_FILE) and how
 * they reach the network (HTTPS_PROXY, GIT_SSH_COMMAND, AWS_*). The runner itself refuses only
 * NODE_OPTIONS. Names compare without regard to case, as Windows reads them (and as `http_proxy`
 * comes in lower case).
 *
 * Prefixes stand for families whose members keep growing (LD_, GIT_, AWS_, npm_config_); single
 * names for the rest, so that a name such as PATH_PASSWORD or GOLD_PASSWORD stays free.
 */
const FAMILIES = [
    {
        why: 'the runner keeps for itself',
        prefixes: ['GITHUB_', 'RUNNER_', 'ACTIONS_'],
        names: ['CI']
    },
    {
        why: 'decides which programs later steps start, and how their shells start',
        prefixes: ['BASH_', 'XDG_'],
        names: [
            'PATH',
            'PATHEXT',
            'COMSPEC',
            'SHELL',
            'ENV',
            'ZDOTDIR',
            'PROMPT_COMMAND',
            'SHELLOPTS',
            'BASHOPTS',
            'IFS',
            'PS1',
            'PS2',
            'PS3',
            'PS4',
            'CDPATH',
            'GLOBIGNORE',
            'HOME',
            'USERPROFILE',
            'APPDATA',
            'LOCALAPPDATA',
            'PROGRAMDATA',
            'SYSTEMROOT',
            'WINDIR',
            'TMPDIR',
            'TEMP',
            'TMP',
            'EDITOR',
            'VISUAL',
            'PAGER',
            'BROWSER',
            'LESSOPEN',
            'LESSCLOSE',
            'PSMODULEPATH',
            'CC',
            'CXX',
            'CPP',
            'LD',
            'CFLAGS',
            'CXXFLAGS',
            'CPPFLAGS',
            'LDFLAGS',
            'MAKEFLAGS',
            'MFLAGS',
            'MAKEFILES'
        ]
    },
    {
        why: 'decides which code later programs load',
        prefixes: [
            'LD_',
            'DYLD_',
            'NODE_',
            'PYTHON',
            'PERL',
            'RUBY',
            'GEM_',
            'BUNDLE_',
            'DOTNET_',
            'CORECLR_',
            'COMPLUS_',
            'NUGET_',
            'CGO_',
            'CARGO_',
            'RUSTC_',
            'LUA_',
            'ERL_',
            'NPM_CONFIG_',
            'YARN_',
            'PIP_',
            'COREPACK_',
            'DENO_',
            'POWERSHELL_'
        ],
        names: [
            'GCONV_PATH',
            'JAVA_TOOL_OPTIONS',
            '_JAVA_OPTIONS',
            'JDK_JAVA_OPTIONS',
            'JAVA_OPTS',
            'JAVA_HOME',
            'CLASSPATH',
            'MAVEN_OPTS',
            'MAVEN_ARGS',
            'GRADLE_OPTS',
            'GRADLE_USER_HOME',
            'SBT_OPTS',
            'ANT_OPTS',
            'GOFLAGS',
            'GOPROXY',
            'GONOPROXY',
            'GOPRIVATE',
            'GONOSUMDB',
            'GONOSUMCHECK',
            'GOSUMDB',
            'GOINSECURE',
            'GOPATH',
            'GOROOT',
            'GOBIN',
            'GOTOOLCHAIN',
            'GOENV',
            'GOEXPERIMENT',
            'GOCACHE',
            'GOMODCACHE',
            'GOVCS',
            'GOWORK',
            'GODEBUG',
            'GO111MODULE',
            'RUSTFLAGS',
            'RUSTDOCFLAGS',
            'PHPRC',
            'PHP_INI_SCAN_DIR',
            'R_LIBS',
            'R_LIBS_USER',
            'R_PROFILE',
            'R_PROFILE_USER',
            'R_ENVIRON',
            'R_ENVIRON_USER'
        ]
    },
    {
        why: 'decides which servers later programs trust',
        prefixes: ['SSL_', 'OPENSSL_'],
        names: ['SSLKEYLOGFILE', 'REQUESTS_CA_BUNDLE', 'CURL_CA_BUNDLE', 'CURL_HOME', 'GNUPGHOME']
    },
    {
        why: 'decides how and as whom later programs reach the network',
        prefixes: ['GIT_', 'AWS_', 'SSH_', 'DOCKER_', 'CLOUDSDK_', 'KRB5', 'TF_CLI_'],
        names: [
            'HTTP_PROXY',
            'HTTPS_PROXY',
            'NO_PROXY',
            'ALL_PROXY',
            'FTP_PROXY',
            'SOCKS_PROXY',
            'KUBECONFIG',
            'GOOGLE_APPLICATION_CREDENTIALS',
            'AZURE_CONFIG_DIR',
            'HOSTALIASES',
            'RES_OPTIONS',
            'LOCALDOMAIN',
            'TF_PLUGIN_CACHE_DIR'
        ]
    }
];
/** Why `name` is refused as `password-env` (the detail of the error), or undefined when it is free. */
function passwordEnvRefusal(name) {
    const upper = name.toUpperCase();
    const family = FAMILIES.find((f) => f.names?.includes(upper) || f.prefixes?.some((prefix) => upper.startsWith(prefix)));
    if (family === undefined)
        return undefined;
    return (`names ${name}, which ${family.why}: a generated password there would change how the later steps of the job run. ` +
        'Choose another name, such as NEW_DB_PASSWORD.');
}

// EXTERNAL MODULE: ../src/value-path.ts
var value_path = __webpack_require__(7128);
;// CONCATENATED MODULE: ../src/settings.ts
/**
 * The only module that reads inputs. It turns the step's inputs (and the few environment
 * variables the action honours) into one validated, immutable Settings object: the secrets to
 * write as a list of targets (one from `secret-id` and a value input, or one per `secrets` line),
 * each with its own options, and what the run shares (region, connection, dry run). Every error
 * names its input and comes before any AWS call: here, or for what needs a file read, in value.ts
 * (the value) and client.ts (the CA bundle).
 */


// The endpoint rules' own partition data, already loaded by the client: no extra start-up cost.











/**
 * action.yml's defaults, kept here once (a test checks they equal action.yml's). An input that is
 * absent or empty takes its default: a wrapper (a composite action, a reusable workflow) that
 * forwards an optional input it was not given passes '', which means "not given". Inputs without
 * a default here default to ''.
 */
const INPUT_DEFAULTS = {
    binary: 'false',
    'value-format': 'raw',
    'skip-unchanged': 'false',
    'json-merge': 'false',
    'dry-run': 'false',
    'create-if-missing': 'false',
    'generate-password': 'false',
    'password-length': '32',
    'password-exclude-punctuation': 'false',
    'max-attempts': '5',
    'max-concurrency': '4',
    'connect-timeout': '10',
    'read-timeout': '60',
    'if-exists': 'update',
    'force-overwrite-replica': 'false',
    'strip-final-newline': 'false'
};
/** Secrets Manager's limits on the fields we send. */
const MAX_DESCRIPTION = 2048;
const MAX_SECRET_ID = 2048;
const MAX_SECRET_NAME = 512;
/** The inputs that name one secret, its one value or its metadata: `secrets` replaces them. */
const NOT_WITH_SECRETS = [
    'secret-id',
    'secret-string',
    'secret-binary',
    'value-from-file',
    'client-request-token',
    'description',
    'kms-key-id',
    'promote-version-id',
    'promote-stage',
    'if-current-version-id'
];
/** Secrets Manager's limits on VersionStages: 1 to 20 labels of 1 to 256 characters. */
const MAX_STAGES = 20;
const MAX_STAGE_LENGTH = 256;
/**
 * A secret's name as Secrets Manager allows it (also the end of its ARN, full or partial: AWS
 * accepts both, and syntax cannot tell them apart). Nothing else can reach a request, or the log.
 */
const SECRET_NAME = /^[A-Za-z0-9/_+=.@-]+$/;
const SECRET_NAME_PUNCTUATION = '/ _ + = . @ -';
/** Strict base64: whole 4-character groups, padding only at the end. Line breaks are removed first. */
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
function parseArn(id) {
    const m = region_name/* SECRET_ARN */.H.exec(id);
    if (!m)
        return undefined;
    return { partition: m[1], region: m[2], account: m[3], name: m[4] };
}
/** The partition of a region (region-name.ts, shared with the early connection), or undefined. */
function regionPartition(region) {
    return (0,region_name/* regionPartitionIn */.G)(region, partition/* partition */.jB)?.name;
}
/**
 * Reads the runner's inputs through @actions/core, without trimming: so that a stand-in for the
 * runner that replaces it (@github/local-action) supplies them.
 */
function runnerSource(env = process.env) {
    return {
        getInput: (name) => getInput(name, { trimWhitespace: false }),
        env
    };
}
/** The raw value inputs as given (text, base64), to mask before anything else happens. */
function valueInputs(source) {
    return [source.getInput('secret-string'), source.getInput('secret-binary').trim()].filter((v) => v !== '');
}
function inputsOf(source) {
    const get = (name) => source.getInput(name).trim() || (INPUT_DEFAULTS[name] ?? '');
    return {
        get,
        optional: (name) => get(name) || undefined,
        raw: (name) => source.getInput(name),
        env: (name) => source.env[name]?.trim() || undefined,
        source
    };
}
function readSettings(source) {
    const inputs = inputsOf(source);
    const { get, optional } = inputs;
    const valueFormat = enumInput(get, 'value-format', ['raw', 'dotenv']);
    const tags = parseTags(inputs.raw('tags'));
    const maxConcurrency = integerInput(get, 'max-concurrency', 1, 16);
    // `secrets` is split into lines as given, so that its errors give the input's line numbers.
    const secretsText = inputs.raw('secrets');
    const report = secretsText.trim() !== '' ? 'results' : 'single';
    if (report === 'results')
        refuseWithSecrets(inputs);
    const jsonMerge = booleanInput(get, 'json-merge');
    const named = report === 'results' ? readSecretsLines(inputs, secretsText, valueFormat, jsonMerge) : [readSecretId(inputs)];
    if (report === 'results')
        refuseSameSecret(named);
    const value = report === 'single' ? named[0].value : undefined;
    const description = optional('description');
    if (description !== undefined && description.length > MAX_DESCRIPTION) {
        throw new errors/* InputError */.dz('description', `is longer than ${MAX_DESCRIPTION} characters.`);
    }
    const kmsKeyId = optional('kms-key-id');
    if (kmsKeyId !== undefined && kmsKeyId.length > MAX_KMS_KEY_ID) {
        throw new errors/* InputError */.dz('kms-key-id', `is longer than ${MAX_KMS_KEY_ID} characters.`);
    }
    const skipUnchanged = booleanInput(get, 'skip-unchanged');
    const dryRun = booleanInput(get, 'dry-run');
    const createIfMissing = booleanInput(get, 'create-if-missing');
    const clientRequestToken = optional('client-request-token');
    const promote = readPromotion(optional('promote-version-id'), optional('promote-stage'));
    if (promote)
        refuseWithPromotion(inputs, promote, value, { jsonMerge, createIfMissing, skipUnchanged });
    const generatePassword = readGeneratedPassword(inputs, value, jsonMerge);
    const ifCurrentVersionId = readIfCurrentVersionId(optional('if-current-version-id'), createIfMissing);
    const hasValue = value !== undefined || generatePassword !== undefined || report === 'results';
    const replicasGiven = optional('replica-regions') !== undefined;
    if (!hasValue && description === undefined && !kmsKeyId && !promote && tags.length === 0 && !replicasGiven) {
        throw new errors/* InputError */.dz('secret-string', 'nothing to update: give a value (`secret-string`, `secret-binary`, `value-from-file` or `generate-password`), ' +
            'a `description`, a `kms-key-id`, `tags`, or a version to promote (`promote-version-id`, `promote-stage`).');
    }
    if (valueFormat === 'dotenv' && report === 'single') {
        if (!value)
            throw new errors/* InputError */.dz('value-format', '`dotenv` reads a text value: give it in `secret-string` or `value-from-file`.');
        if (isBinary(value)) {
            throw new errors/* InputError */.dz('value-format', '`dotenv` reads text: it cannot be used with `secret-binary` or `binary: true`.');
        }
    }
    if (clientRequestToken !== undefined)
        checkClientRequestToken(clientRequestToken, hasValue);
    const versionStages = readVersionStages(optional('version-stages'));
    if (versionStages && !hasValue) {
        throw new errors/* InputError */.dz('version-stages', 'labels a new version, so it needs a value (`secret-string`, `secret-binary`, `value-from-file` or `generate-password`).');
    }
    const region = readRegion(get('region'), inputs.env, named);
    if (jsonMerge && report === 'single') {
        if (!hasValue) {
            throw new errors/* InputError */.dz('json-merge', 'needs a JSON patch in `secret-string` or `value-from-file`, or `generate-password` with `password-key`.');
        }
        if (value && isBinary(value)) {
            throw new errors/* InputError */.dz('json-merge', 'merges JSON text: it cannot be used with `secret-binary` or `binary: true`.');
        }
        if (clientRequestToken) {
            throw new errors/* InputError */.dz('client-request-token', 'cannot be used with `json-merge`, which writes one version per attempt and names each itself.');
        }
    }
    const modes = readWriteModes(inputs, { named, region, createIfMissing, promote, value, generatePassword, report });
    const targets = named.map(({ secretId, arn, line, value }) => ({
        secretId,
        arn,
        line,
        write: writeOf(promote, jsonMerge, versionStages, clientRequestToken, value ?? passwordSource(generatePassword)),
        description,
        kmsKeyId,
        tags,
        skipUnchanged,
        createIfMissing,
        ...modes,
        ifCurrentVersionId
    }));
    return Object.freeze({
        targets,
        report,
        dryRun,
        valueFormat,
        generatePassword,
        maxConcurrency,
        region,
        ...readConnection(inputs)
    });
}
/**
 * `if-exists`, `replica-regions` with `force-overwrite-replica`, and `strip-final-newline`: each
 * checked against the inputs it needs or cannot go with.
 */
function readWriteModes(inputs, given) {
    const { get, optional } = inputs;
    const ifExists = enumInput(get, 'if-exists', ['update', 'skip', 'fail']);
    if (ifExists !== 'update') {
        if (!given.createIfMissing) {
            throw new errors/* InputError */.dz('if-exists', `\`${ifExists}\` needs \`create-if-missing: true\`: it creates a missing secret and ${ifExists === 'skip' ? 'leaves an existing one as it is' : 'fails on an existing one'}.`);
        }
        const arn = given.named.find((named) => named.arn !== undefined);
        if (arn) {
            throw new errors/* InputError */.dz('if-exists', `\`${ifExists}\` needs secrets named by name, since an ARN cannot name a secret to create: ${arn.line === undefined ? '`secret-id`' : `line ${arn.line} of \`secrets\``} is an ARN.`);
        }
    }
    const replicaText = optional('replica-regions');
    const replicas = replicaText === undefined ? [] : parseReplicaRegions(inputs.raw('replica-regions'), given.region, regionPartition);
    if (replicas.length > 0 && given.promote) {
        throw new errors/* InputError */.dz('replica-regions', `cannot be combined with \`${given.promote.kind === 'version-id' ? 'promote-version-id' : 'promote-stage'}\`: add the replicas in a step of their own.`);
    }
    const forceOverwriteReplica = booleanInput(get, 'force-overwrite-replica');
    if (forceOverwriteReplica && replicas.length === 0) {
        throw new errors/* InputError */.dz('force-overwrite-replica', 'applies only with `replica-regions`.');
    }
    const stripFinalNewline = booleanInput(get, 'strip-final-newline');
    if (stripFinalNewline && given.report === 'single') {
        const value = given.value;
        if (value && isBinary(value)) {
            throw new errors/* InputError */.dz('strip-final-newline', 'applies to text: it cannot be used with `secret-binary` or `binary: true`, whose bytes are kept exactly.');
        }
        if (!value) {
            throw new errors/* InputError */.dz('strip-final-newline', `applies to a text value (\`secret-string\` or \`value-from-file\`)${given.generatePassword ? ': a generated password has no newline' : ''}.`);
        }
    }
    return { ifExists, replicas, forceOverwriteReplica, stripFinalNewline };
}
/** What a target does with its value: one choice, made here from the inputs. */
function writeOf(promote, jsonMerge, stages, token, value) {
    if (promote)
        return { kind: 'promote', promotion: promote };
    // A merge whose only patch is a generated password has no source: value.ts makes the patch.
    if (jsonMerge)
        return { kind: 'merge', patch: value?.kind === 'password' ? undefined : value, stages };
    if (value)
        return { kind: 'value', value, token, stages };
    return { kind: 'none' };
}
function passwordSource(generated) {
    return generated ? { kind: 'password' } : undefined;
}
function isBinary(value) {
    return value.kind === 'base64' || (value.kind === 'file' && value.binary);
}
/** `secret-id` and its one value source. */
function readSecretId(inputs) {
    const secretId = inputs.get('secret-id');
    if (!secretId) {
        throw new errors/* InputError */.dz('secret-id', 'is required: give the name or ARN of the secret (or several secrets in `secrets`).');
    }
    const arn = checkSecretId(secretId, MAX_SECRET_ID, (detail) => new errors/* InputError */.dz('secret-id', detail));
    if (arn)
        checkArnPartition(arn, (detail) => new errors/* InputError */.dz('secret-id', detail));
    return { secretId, arn, line: undefined, value: readValueSource(inputs) };
}
/** `secrets` names each secret and its value on a line of its own: the single-secret inputs are refused. */
function refuseWithSecrets(inputs) {
    for (const name of NOT_WITH_SECRETS) {
        // `secret-string` as given: spaces alone are a value too.
        if ((name === 'secret-string' ? inputs.raw(name) : inputs.get(name)) !== '') {
            throw new errors/* InputError */.dz(name, 'cannot be combined with `secrets`, which names each secret and its value on a line of its own.');
        }
    }
    if (booleanInput(inputs.get, 'binary')) {
        throw new errors/* InputError */.dz('binary', 'cannot be combined with `secrets`: write binary-file:PATH on the line instead.');
    }
    if (booleanInput(inputs.get, 'generate-password')) {
        throw new errors/* InputError */.dz('generate-password', 'cannot be combined with `secrets`: each secret takes its value from its line.');
    }
}
/**
 * `secrets`: every line parsed and each source resolved (environment variables read here, the
 * only module that reads them), before any file is read or any request made.
 */
function readSecretsLines(inputs, text, valueFormat, jsonMerge) {
    return parseSecretsList(text).map((line) => {
        const at = `line ${line.line}`;
        const fail = (detail) => new errors/* InputError */.dz('secrets', `${at}: ${detail}`);
        const { secretId } = line;
        const arn = checkSecretId(secretId, MAX_SECRET_NAME, fail);
        let value;
        if (line.source.kind === 'env') {
            const { name } = line.source;
            const text = inputs.source.env[name];
            if (text === undefined)
                throw fail(`the environment variable ${name} is not set (set it in the step's env:).`);
            value = { kind: 'env', name, text };
        }
        else {
            value = { kind: 'file', ...valueFile(inputs.source.env, line.source.path, fail), binary: line.source.binary };
            if (line.source.binary && valueFormat === 'dotenv') {
                throw fail('binary-file: cannot be read as dotenv (`value-format: dotenv` reads text: use file:).');
            }
            if (line.source.binary && jsonMerge) {
                throw fail('binary-file: cannot be a JSON patch (`json-merge` merges text: use file:).');
            }
        }
        return { secretId, arn, line: line.line, value };
    });
}
/** Two `secrets` lines that may name one secret (by name and ARN, or two ARN forms): refused before any request. */
function refuseSameSecret(named) {
    const same = firstSameSecret(named);
    if (same) {
        throw new errors/* InputError */.dz('secrets', `line ${same.later.line ?? ''} may name the same secret as line ${same.earlier.line ?? ''} (a name, or an ARN with or without its -XXXXXX suffix): one step writes a secret once, so list it on one line.`);
    }
}
/** A promotion moves a label onto a version that exists: it writes no value. */
function refuseWithPromotion(inputs, promote, value, options) {
    const name = promote.kind === 'version-id' ? 'promote-version-id' : 'promote-stage';
    const conflict = [
        value &&
            (value.kind === 'string' ? 'secret-string' : value.kind === 'base64' ? 'secret-binary' : 'value-from-file'),
        booleanInput(inputs.get, 'generate-password') && 'generate-password',
        inputs.optional('version-stages') !== undefined && 'version-stages',
        options.jsonMerge && 'json-merge',
        options.createIfMissing && 'create-if-missing',
        options.skipUnchanged && 'skip-unchanged',
        inputs.optional('client-request-token') !== undefined && 'client-request-token'
    ].find(Boolean);
    if (conflict) {
        throw new errors/* InputError */.dz(name, `cannot be combined with \`${conflict}\`: a promotion moves AWSCURRENT to a version that exists and writes no value.`);
    }
}
function checkClientRequestToken(token, hasValue) {
    if (token.length < 32 || token.length > 64) {
        throw new errors/* InputError */.dz('client-request-token', `must be 32 to 64 characters long (got ${token.length}).`);
    }
    if (!VERSION_ID.test(token)) {
        throw new errors/* InputError */.dz('client-request-token', 'may contain only printable ASCII characters without spaces.');
    }
    if (!hasValue)
        throw new errors/* InputError */.dz('client-request-token', 'names a new version, so it needs a value to send.');
}
/** How to reach Secrets Manager. */
function readConnection(inputs) {
    const { get, optional, env } = inputs;
    // Proxy variables come in both cases, as curl and most tools read them.
    const proxyEnv = (name) => env(name) ?? env(name.toLowerCase());
    const endpointUrl = urlInput(optional('endpoint-url'), 'endpoint-url', ['http:', 'https:']);
    const maxAttempts = integerInput(get, 'max-attempts', 1, 20);
    const connectTimeoutMs = integerInput(get, 'connect-timeout', 1, 3600) * 1000;
    const readTimeoutMs = integerInput(get, 'read-timeout', 1, 3600) * 1000;
    // One proxy per scheme, as curl and the AWS CLI choose them; the input serves both.
    const proxyInput = urlInput(optional('http-proxy'), 'http-proxy', ['http:', 'https:'], true);
    const httpProxy = proxyInput ?? urlInput(proxyEnv('HTTP_PROXY'), 'http-proxy', ['http:', 'https:'], true, 'HTTP_PROXY');
    const httpsProxy = proxyInput ?? urlInput(proxyEnv('HTTPS_PROXY'), 'http-proxy', ['http:', 'https:'], true, 'HTTPS_PROXY');
    const noProxy = proxyEnv('NO_PROXY') ?? '';
    const caInput = optional('ca-bundle');
    const caEnv = env('AWS_CA_BUNDLE');
    const caBundle = caInput
        ? { path: workspacePath(inputs.source.env, caInput), from: 'ca-bundle' }
        : caEnv
            ? { path: external_node_path_.resolve(caEnv), from: 'AWS_CA_BUNDLE' }
            : undefined;
    return { endpointUrl, maxAttempts, connectTimeoutMs, readTimeoutMs, httpProxy, httpsProxy, noProxy, caBundle };
}
function readValueSource(inputs) {
    const binary = booleanInput(inputs.get, 'binary');
    const text = inputs.raw('secret-string');
    const base64 = inputs.get('secret-binary');
    const file = inputs.get('value-from-file');
    const given = [text && 'secret-string', base64 && 'secret-binary', file && 'value-from-file'].filter(Boolean);
    if (given.length > 1) {
        throw new errors/* InputError */.dz(given[1], `cannot be combined with \`${given[0]}\`: give exactly one value source.`);
    }
    if (binary && !file) {
        throw new errors/* InputError */.dz('binary', 'applies only to `value-from-file`; for base64 text use `secret-binary`.');
    }
    if (text)
        return { kind: 'string', text };
    if (base64)
        return { kind: 'base64', bytes: decodeBase64(base64) };
    if (file) {
        const confined = valueFile(inputs.source.env, file, (reason) => new errors/* InputError */.dz('value-from-file', reason));
        return { kind: 'file', ...confined, binary };
    }
    return undefined;
}
/**
 * The one region of a step (one client, one region). `region` when given; else the region of the
 * secrets' ARNs when every secret is named by ARN and all name one region (an ARN names where its
 * secret lives: AWS_REGION and AWS_DEFAULT_REGION are the job's defaults, not a choice for this
 * secret); else AWS_REGION, AWS_DEFAULT_REGION, or the first ARN's. Every ARN must then be in that
 * region: a guess would send a write to the wrong place.
 */
function readRegion(given, env, named) {
    const arns = named.flatMap(({ arn, line }) => (arn ? [{ arn, line }] : []));
    const single = named.length === 1 && named[0].line === undefined;
    const regions = new Set(arns.map(({ arn }) => arn.region));
    const fromArns = arns.length === named.length && regions.size === 1 ? arns[0].arn.region : undefined;
    const fromEnv = jobRegion(env);
    const arnInput = single ? 'secret-id' : 'secrets';
    const [region, from] = given
        ? [given, 'region']
        : fromArns
            ? [fromArns, arnInput]
            : fromEnv
                ? [fromEnv.region, fromEnv.from]
                : [arns[0]?.arn.region ?? '', arnInput];
    if (!region) {
        throw new errors/* InputError */.dz('region', single
            ? 'is not set: give `region`, set AWS_REGION (aws-actions/configure-aws-credentials does), or use a full ARN as `secret-id`.'
            : 'is not set: give `region`, set AWS_REGION (aws-actions/configure-aws-credentials does), or name the secrets by ARN.');
    }
    if (regionPartition(region) === undefined) {
        const taken = from === 'AWS_REGION' || from === 'AWS_DEFAULT_REGION' ? ` (taken from ${from})` : '';
        const input = from === arnInput ? arnInput : 'region';
        const where = from === 'secret-id' ? ' in the ARN' : '';
        throw new errors/* InputError */.dz(input, `"${region}"${where}${taken} is not an AWS region name (such as us-east-1).`);
    }
    for (const { arn, line } of arns) {
        if (arn.region === region)
            continue;
        throw line === undefined
            ? new errors/* InputError */.dz('region', `is ${region}, but the ARN in \`secret-id\` names region ${arn.region}: give the ARN's region, or leave \`region\` empty.`)
            : new errors/* InputError */.dz('secrets', `line ${line}: the ARN is in ${arn.region}, but the step writes to ${region}: one step writes to one region.`);
    }
    for (const { arn, line } of arns) {
        if (line !== undefined)
            checkArnPartition(arn, (detail) => new errors/* InputError */.dz('secrets', `line ${line}: ${detail}`));
    }
    return region;
}
/** An ARN's region must be a region, and in the ARN's partition. */
function checkArnPartition(arn, fail) {
    const found = regionPartition(arn.region);
    if (found === undefined)
        throw fail(`"${arn.region}" in the ARN is not an AWS region name (such as us-east-1).`);
    if (found !== arn.partition) {
        throw fail(`the ARN's partition "${arn.partition}" is not the partition of its region ${arn.region} (${found}).`);
    }
}
/** The job's default region: the SDK's own variables, upper case only. */
function jobRegion(env) {
    const region = env('AWS_REGION');
    if (region)
        return { region, from: 'AWS_REGION' };
    const fallback = env('AWS_DEFAULT_REGION');
    return fallback ? { region: fallback, from: 'AWS_DEFAULT_REGION' } : undefined;
}
/** A version id, as Secrets Manager takes a ClientRequestToken: 32 to 64 printable ASCII characters, no space. */
const VERSION_ID = /^[\x21-\x7e]{32,64}$/;
/** Printable ASCII, spaces inside allowed: what a staging label may hold. */
const LABEL = /^[\x20-\x7e]+$/;
/**
 * A secret's name or ARN: an ARN of at most 2048 characters, or a name of 1 to `maxName` of the
 * characters Secrets Manager allows (a SecretId takes 2048; a name it creates, 512). Returns the
 * ARN's parts; `fail` names the input.
 */
function checkSecretId(id, maxName, fail) {
    const arn = parseArn(id);
    if (id.length > MAX_SECRET_ID)
        throw fail(`is longer than ${MAX_SECRET_ID} characters.`);
    if (!arn && id.startsWith('arn:')) {
        throw fail('looks like an ARN but is not a Secrets Manager secret ARN (arn:PARTITION:secretsmanager:REGION:ACCOUNT:secret:NAME).');
    }
    if (!SECRET_NAME.test(arn?.name ?? id) || (!arn && id.length > maxName)) {
        throw fail(`a secret name has 1 to ${maxName} of the characters Secrets Manager allows in a name: ASCII letters, digits and ${SECRET_NAME_PUNCTUATION}; or give the secret's ARN.`);
    }
    return arn;
}
/** `version-stages`: comma- or newline-separated labels, each trimmed; undefined when empty. */
function readVersionStages(raw) {
    if (raw === undefined)
        return undefined;
    const stages = raw
        .split(/[,\r\n]/)
        .map((stage) => stage.trim())
        .filter((stage) => stage !== '');
    if (stages.length === 0)
        throw new errors/* InputError */.dz('version-stages', 'names no label: give 1 to 20, such as AWSPENDING.');
    if (stages.length > MAX_STAGES)
        throw new errors/* InputError */.dz('version-stages', `has ${stages.length} labels; Secrets Manager takes at most ${MAX_STAGES}.`);
    for (const stage of stages) {
        checkLabel('version-stages', stage);
        if (stage === AWSCURRENT) {
            throw new errors/* InputError */.dz('version-stages', 'cannot hold AWSCURRENT: leave `version-stages` empty to make the new version current.');
        }
        if (stage === AWSPREVIOUS) {
            throw new errors/* InputError */.dz('version-stages', 'cannot hold AWSPREVIOUS: Secrets Manager moves it itself when AWSCURRENT moves.');
        }
    }
    const twice = stages.find((stage, i) => stages.indexOf(stage) !== i);
    if (twice !== undefined)
        throw new errors/* InputError */.dz('version-stages', `names ${twice} twice.`);
    return stages;
}
function checkLabel(name, label) {
    if (label.length > MAX_STAGE_LENGTH)
        throw new errors/* InputError */.dz(name, `has a label longer than ${MAX_STAGE_LENGTH} characters.`);
    if (!LABEL.test(label))
        throw new errors/* InputError */.dz(name, 'may hold only printable ASCII characters.');
}
/** `if-current-version-id`: a version id; a secret to create has no current version to hold it. */
function readIfCurrentVersionId(versionId, createIfMissing) {
    if (versionId === undefined)
        return undefined;
    if (!VERSION_ID.test(versionId)) {
        throw new errors/* InputError */.dz('if-current-version-id', 'is not a version id (32 to 64 printable ASCII characters without spaces).');
    }
    if (createIfMissing) {
        throw new errors/* InputError */.dz('if-current-version-id', 'cannot be combined with `create-if-missing`: a secret that does not exist has no AWSCURRENT version to compare.');
    }
    return versionId;
}
function readPromotion(versionId, stage) {
    if (versionId !== undefined && stage !== undefined) {
        throw new errors/* InputError */.dz('promote-stage', 'cannot be combined with `promote-version-id`: name the version to promote one way.');
    }
    if (versionId !== undefined) {
        if (!VERSION_ID.test(versionId)) {
            throw new errors/* InputError */.dz('promote-version-id', 'is not a version id (32 to 64 printable ASCII characters without spaces).');
        }
        return { kind: 'version-id', versionId };
    }
    if (stage !== undefined) {
        checkLabel('promote-stage', stage);
        if (stage === AWSCURRENT) {
            throw new errors/* InputError */.dz('promote-stage', "names AWSCURRENT, the label a promotion moves: name the version's label, such as AWSPENDING or AWSPREVIOUS.");
        }
        return { kind: 'stage', stage };
    }
    return undefined;
}
function readGeneratedPassword(inputs, value, jsonMerge) {
    const { get: input, optional } = inputs;
    const generate = booleanInput(input, 'generate-password');
    const length = integerInput(input, 'password-length', MIN_PASSWORD_LENGTH, MAX_PASSWORD_LENGTH);
    // Verbatim: a space, or a trailing newline, may be a character to exclude.
    const excludeCharacters = inputs.raw('password-exclude-characters');
    const excludePunctuation = booleanInput(input, 'password-exclude-punctuation');
    const key = optional('password-key');
    const env = optional('password-env');
    if (!generate) {
        const given = [
            length !== DEFAULT_PASSWORD_LENGTH && 'password-length',
            excludeCharacters !== '' && 'password-exclude-characters',
            excludePunctuation && 'password-exclude-punctuation',
            key !== undefined && 'password-key',
            env !== undefined && 'password-env'
        ].find(Boolean);
        if (given)
            throw new errors/* InputError */.dz(given, 'applies only with `generate-password: true`.');
        return undefined;
    }
    if (value?.kind === 'base64' || value?.kind === 'file') {
        const other = value.kind === 'base64' ? 'secret-binary' : 'value-from-file';
        throw new errors/* InputError */.dz('generate-password', `cannot be combined with \`${other}\`: the generated password is the value.`);
    }
    if (value?.kind === 'string' && !jsonMerge) {
        throw new errors/* InputError */.dz('generate-password', 'cannot be combined with `secret-string` without `json-merge`: the generated password is the whole value. ' +
            'With `json-merge`, `secret-string` is the rest of the patch and `password-key` the key of the password.');
    }
    if (jsonMerge && key === undefined) {
        throw new errors/* InputError */.dz('password-key', 'is required with `generate-password` and `json-merge`: name the key that receives the password.');
    }
    if (!jsonMerge && key !== undefined) {
        throw new errors/* InputError */.dz('password-key', 'applies only with `json-merge`: without it the generated password is the whole value.');
    }
    const rules = { length, excludeCharacters, excludePunctuation };
    if (passwordClasses(rules).length === 0) {
        throw new errors/* InputError */.dz('password-exclude-characters', `leaves no character to make a password from${excludePunctuation ? ' (with `password-exclude-punctuation`)' : ''}.`);
    }
    if (env !== undefined) {
        if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(env)) {
            throw new errors/* InputError */.dz('password-env', 'is not an environment variable name (letters, digits and _, not starting with a digit).');
        }
        const refusal = passwordEnvRefusal(env);
        if (refusal !== undefined)
            throw new errors/* InputError */.dz('password-env', refusal);
    }
    return { rules, key, env };
}
/** Decodes strict base64 (line breaks allowed, as `base64` wraps its output). Never echoes the input. */
function decodeBase64(text) {
    const compact = text.replace(/[\r\n]/g, '');
    if (!BASE64.test(compact)) {
        throw new errors/* InputError */.dz('secret-binary', 'is not valid base64 (standard alphabet, padded with `=`).');
    }
    const bytes = Buffer.from(compact, 'base64');
    // Non-zero bits after the last full byte make a string that decodes but is not canonical.
    if (bytes.toString('base64') !== compact) {
        throw new errors/* InputError */.dz('secret-binary', 'is not canonical base64: its last character has stray bits.');
    }
    if (bytes.length === 0)
        throw new errors/* InputError */.dz('secret-binary', 'decodes to zero bytes.');
    if (bytes.length > MAX_VALUE_BYTES) {
        throw new errors/* InputError */.dz('secret-binary', `decodes to ${bytes.length} bytes; Secrets Manager takes at most ${MAX_VALUE_BYTES}.`);
    }
    return bytes;
}
/** A value file's absolute path and the root it must stay in (value-path.ts), else `fail`. */
function valueFile(env, file, fail) {
    const workspace = env.GITHUB_WORKSPACE || process.cwd();
    const confined = (0,value_path/* confineValuePath */.d)(file, {
        workspace,
        runnerTemp: env.RUNNER_TEMP || undefined,
        platform: process.platform
    });
    if ('refused' in confined)
        throw fail(confined.refused);
    return confined;
}
/** Relative paths are relative to the workspace, as for every action that reads files. */
function workspacePath(env, file) {
    return external_node_path_.resolve(env.GITHUB_WORKSPACE || process.cwd(), file);
}
/**
 * Exactly `true` or `false`. Stricter than @actions/core's getBooleanInput (which also takes
 * `True` and `TRUE`): one spelling, so that `yes`, `on` or `1` are clearly errors, never guesses.
 */
function booleanInput(input, name) {
    const raw = input(name);
    if (raw === '')
        return false;
    if (raw === 'true')
        return true;
    if (raw === 'false')
        return false;
    throw new errors/* InputError */.dz(name, 'must be `true` or `false`.');
}
function enumInput(input, name, allowed) {
    const raw = input(name);
    if (allowed.includes(raw))
        return raw;
    throw new errors/* InputError */.dz(name, `must be ${allowed.map((a) => `\`${a}\``).join(' or ')}.`);
}
function integerInput(input, name, min, max) {
    const raw = input(name);
    if (!/^\d+$/.test(raw))
        throw new errors/* InputError */.dz(name, `must be a whole number from ${min} to ${max}.`);
    const n = Number(raw);
    if (n < min || n > max)
        throw new errors/* InputError */.dz(name, `must be a whole number from ${min} to ${max}.`);
    return n;
}
/**
 * A URL input, checked for scheme. `secret` URLs (proxies) may hold credentials: the error
 * then does not quote the URL.
 */
function urlInput(raw, name, schemes, secret = false, fromEnv) {
    if (raw === undefined)
        return undefined;
    const what = fromEnv ? ` (taken from ${fromEnv})` : '';
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        throw new errors/* InputError */.dz(name, `is not a valid URL${secret ? '' : ` (${withoutUserInfo(raw)})`}${what}.`);
    }
    if (!schemes.includes(url.protocol)) {
        throw new errors/* InputError */.dz(name, `must be an ${schemes.map((s) => s.replace(':', '')).join(' or ')} URL${what}.`);
    }
    if (!url.hostname)
        throw new errors/* InputError */.dz(name, `has no host${what}.`);
    try {
        decodeURIComponent(url.username);
        decodeURIComponent(url.password);
    }
    catch {
        throw new errors/* InputError */.dz(name, `has a malformed %-escape in its user name or password${what}.`);
    }
    return raw;
}
/**
 * A URL that did not parse, fit to quote: whatever stands before its last `@` (a `user:password@`
 * or `token@`, which may itself hold `@` or `/`) is shown as `***`.
 */
function withoutUserInfo(raw) {
    const at = raw.lastIndexOf('@');
    if (at < 0)
        return raw;
    const scheme = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//.exec(raw)?.[0] ?? '';
    return `${scheme}***${raw.slice(at)}`;
}

;// CONCATENATED MODULE: ../src/summary.ts

/** The job summary of a run. */
function renderSummary(results, report, run) {
    const one = results[0]?.result;
    if (report === 'single' && one?.status === 'done')
        return secretSummary(one.outcome, run);
    return resultsSummary(results, run);
}
/** The log lines of a run: each secret's outcome, then, with `secrets` and a failure, what became of each. */
function logLines(results, report) {
    const lines = results.flatMap(({ result }) => (result.status === 'done' ? describeOutcome(result.outcome) : []));
    if (report === 'single' || !results.some((r) => r.result.status === 'failed'))
        return lines;
    for (const { secretId, result } of results) {
        switch (result.status) {
            case 'done':
                lines.push(`Written: ${secretId}${result.outcome.versionId ? ` (version ${result.outcome.versionId})` : ''}${result.outcome.changed ? '' : ', unchanged'}.`);
                break;
            case 'failed':
                lines.push(`Failed: ${secretId}: ${result.reason}${result.written.length > 0 ? ` Already written: ${result.written.join('; ')}.` : ''}`);
                break;
            case 'cancelled':
                lines.push(`Cancelled: ${secretId}.`);
                break;
            case 'not-attempted':
                lines.push(`Not attempted: ${secretId}.`);
        }
    }
    return lines;
}
function secretSummary(outcome, run) {
    const title = outcome.dryRun
        ? `Dry run: Secrets Manager secret \`${code(outcome.name)}\`${outcome.created ? ' does not exist and would be created' : ''} (nothing was written)`
        : `Secrets Manager secret \`${code(outcome.name)}\` ${outcome.created ? 'created' : outcome.changed ? 'updated' : 'unchanged'}`;
    const rows = [
        ['Secret', `\`${code(outcome.name)}\``],
        ['ARN', outcome.arn ? `\`${code(outcome.arn)}\`` : '(not created yet)'],
        [
            'Version',
            outcome.versionId
                ? `\`${code(outcome.versionId)}\``
                : outcome.dryRun && outcome.value === 'new-version'
                    ? '(assigned by a real run)'
                    : '(no new version)'
        ],
        ['Value', valueText(outcome, inCode)],
        ...(outcome.labels.length > 0 ? [['Labels', outcome.labels.map(labelCell).join('<br>')]] : []),
        ...(outcome.previousVersionId
            ? [['Previous version', `\`${code(outcome.previousVersionId)}\``]]
            : []),
        ...(pendingBlocks(outcome) ? [['Rotation', pendingText(outcome, inCode)]] : []),
        ['Description', changeText(outcome.description)],
        ['KMS key', changeText(outcome.kmsKeyId)],
        ...(outcome.tags ? [['Tags', tagsText(outcome.tags)]] : []),
        [outcome.dryRun ? 'Would change' : 'Changed', outcome.changed ? 'yes' : 'no']
    ];
    if (outcome.mergeAttempts !== undefined && outcome.mergeAttempts > 1) {
        rows.push(['Merge attempts', String(outcome.mergeAttempts)]);
    }
    const lines = [`### ${title}`, '', '| | |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${v} |`), ''];
    return [...lines, ...runLink(run)].join('\n');
}
/** `secrets`: one row per secret, with what was written, what failed and what was not attempted. */
function resultsSummary(results, run) {
    const dryRun = results.some((r) => r.result.status === 'done' && r.result.outcome.dryRun);
    const count = (status) => results.filter((r) => r.result.status === status).length;
    const changed = results.filter((r) => r.result.status === 'done' && r.result.outcome.changed).length;
    const title = dryRun
        ? `Dry run: ${results.length} Secrets Manager secrets, ${changed} would change (nothing was written)`
        : `Secrets Manager: ${results.length} secrets, ${changed} changed` +
            (count('failed') > 0 ? `, ${count('failed')} failed, ${count('not-attempted')} not attempted` : '');
    const rows = results.map(({ secretId, result }) => {
        switch (result.status) {
            case 'done': {
                const o = result.outcome;
                const version = o.versionId
                    ? `\`${code(o.versionId)}\``
                    : dryRun && o.value === 'new-version'
                        ? '(assigned by a real run)'
                        : '(no new version)';
                const tags = o.tags ? tagsText(o.tags) : 'not given';
                const status = dryRun
                    ? o.changed
                        ? o.created
                            ? 'would be created'
                            : 'would change'
                        : 'unchanged'
                    : o.created
                        ? 'created'
                        : o.changed
                            ? 'updated'
                            : 'unchanged';
                return [
                    secretId,
                    o.arn ? `\`${code(o.arn)}\`` : '(not created yet)',
                    version,
                    valueText(o, inCode),
                    tags,
                    status
                ];
            }
            case 'failed':
                return [
                    secretId,
                    '',
                    '',
                    '',
                    '',
                    // The reason quotes AWS's answer: text from outside, so in a code span.
                    `**failed**: \`${code(result.reason)}\`${result.written.length > 0 ? ` (already written: ${inCode(result.written.join('; '))})` : ''}`
                ];
            case 'cancelled':
                return [secretId, '', '', '', '', 'cancelled'];
            case 'not-attempted':
                return [secretId, '', '', '', '', 'not attempted'];
        }
    });
    const lines = [
        `### ${title}`,
        '',
        '| Secret | ARN | Version | Value | Tags | Result |',
        '|---|---|---|---|---|---|',
        ...rows.map(([id, ...rest]) => `| \`${code(id)}\` | ${rest.join(' | ')} |`),
        ''
    ];
    return [...lines, ...runLink(run)].join('\n');
}
function runLink(run) {
    if (!run?.repository || !run.runId)
        return [];
    const url = `${run.serverUrl}/${run.repository}/actions/runs/${run.runId}/attempts/${run.runAttempt}`;
    return [`Written by [${cell(run.repository)} run ${run.runId}](${url}).`, ''];
}
/** One line per change for the log. */
function describeOutcome(outcome) {
    const verb = outcome.dryRun ? 'Would' : 'Did';
    const lines = [
        outcome.dryRun
            ? outcome.created
                ? `Dry run: secret ${outcome.name} does not exist and would be created; nothing was written.`
                : `Dry run: nothing was written to ${outcome.name}.`
            : `Secret ${outcome.name} ${outcome.created ? 'created' : outcome.changed ? 'updated' : 'left unchanged'}.`,
        `Value: ${valueText(outcome)}.`,
        ...outcome.labels.map((move) => `${outcome.dryRun ? 'Would move' : 'Moved'} label ${labelLine(move)}.`),
        ...(pendingBlocks(outcome) ? [pendingText(outcome)] : [])
    ];
    if (outcome.description)
        lines.push(`${verb} set description: ${plainChange(outcome.description)}.`);
    if (outcome.kmsKeyId)
        lines.push(`${verb} set KMS key: ${plainChange(outcome.kmsKeyId)}.`);
    if (outcome.tags) {
        lines.push(outcome.tags.length > 0
            ? `${verb} set tags: ${outcome.tags.map((t) => `${t.key}: ${plainChange(t)}`).join(', ')}.`
            : 'Tags: unchanged (equal to the stored ones).');
    }
    return lines;
}
/** The version a run left AWSPENDING on, when that is not AWSCURRENT (a staged version, not promoted yet). */
function pendingBlocks(outcome) {
    if (outcome.dryRun)
        return undefined;
    const to = outcome.labels.find((move) => move.label === AWSPENDING)?.to;
    return to !== undefined && to !== outcome.currentVersionId ? to : undefined;
}
function pendingText(outcome, quote = (text) => text) {
    return (`AWSPENDING is on version ${quote(pendingBlocks(outcome) ?? '')}, which is not AWSCURRENT: Secrets Manager will not start a rotation ` +
        'of this secret until that version is promoted or the label is removed.');
}
function tagsText(tags) {
    if (tags.length === 0)
        return 'unchanged';
    return tags.map((t) => `${quote(t.key)}: ${changeText(t)}`).join(', ');
}
/**
 * The value's fate in words. Labels and version ids come from inputs and from AWS (a version id is
 * whatever token its writer chose): `quote` keeps them inert, a code span in the summary.
 */
function valueText(outcome, quote = (text) => text) {
    const would = outcome.dryRun;
    const promotion = outcome.promotion;
    if (promotion) {
        if (promotion.alreadyCurrent)
            return `not given; version ${quote(promotion.versionId)} is already AWSCURRENT`;
        return `not given; ${would ? 'would make' : 'made'} version ${quote(promotion.versionId)} AWSCURRENT`;
    }
    if (outcome.stages && outcome.value === 'new-version') {
        const labels = outcome.stages.map(quote).join(', ');
        const first = outcome.labels.some((move) => move.label === AWSCURRENT);
        return first
            ? `${would ? 'would be stored' : 'stored'} as the first version, labelled ${labels} and AWSCURRENT too (Secrets Manager makes a first version AWSCURRENT whatever its labels)${outcome.stages.includes(AWSPENDING) ? `; then AWSPENDING ${would ? 'would be' : 'was'} removed from it, as a promotion would` : ''}`
            : `${would ? 'would be written' : 'written'} as a new version labelled ${labels}; AWSCURRENT does not move`;
    }
    switch (outcome.value) {
        case 'new-version':
            return outcome.created
                ? would
                    ? 'would be stored as the first version'
                    : 'stored as the first version'
                : would
                    ? 'would be written as a new version'
                    : 'written as a new version (AWSCURRENT)';
        case 'unchanged':
            return 'unchanged (equal to AWSCURRENT), no new version';
        case 'none':
            return 'not given';
    }
}
/** `LABEL: old -> new` for the summary, ids only. */
function labelCell(move) {
    const from = !move.known ? '(unknown)' : move.from ? `\`${code(move.from)}\`` : '(none)';
    const to = move.to ? `\`${code(move.to)}\`` : '(removed)';
    return `\`${code(move.label)}\`: ${from} &rarr; ${to}`;
}
function labelLine(move) {
    const from = !move.known ? 'from an unknown version' : move.from ? `from version ${move.from}` : 'from no version';
    return move.to ? `${move.label} ${from} to version ${move.to}` : `${move.label} off version ${move.from ?? ''}`;
}
function changeText(change) {
    if (!change)
        return 'unchanged';
    // `&rarr;` rather than the character: an ASCII-only bundle is held by V8 as one-byte text.
    return change.from === undefined ? `set to ${quote(change.to)}` : `${quote(change.from)} &rarr; ${quote(change.to)}`;
}
function plainChange(change) {
    return change.from === undefined ? `"${change.to}"` : `"${change.from}" -> "${change.to}"`;
}
function quote(text) {
    return text === '' ? '(empty)' : `\`${code(text)}\``;
}
/**
 * Text inside a code span in a table cell: no pipes, backticks or line breaks. Inside a code span
 * Markdown is inert (no HTML, links, images or mentions), so text from outside (a name, a
 * description read from AWS) always goes in one.
 */
/** Text from outside as a code span in a table cell. */
function inCode(text) {
    return `\`${code(text)}\``;
}
function code(text) {
    return cell(text).replace(/`/g, "'");
}
/** One table cell: pipes escaped, and every kind of line break (Markdown's, and Unicode's) a space. */
function cell(text) {
    return text.replace(/\|/g, '\\|').replace(/[\r\n\v\f\u0085\u2028\u2029]+/g, ' ');
}

;// CONCATENATED MODULE: ../src/dotenv.ts
/**
 * Pure: `value-format: dotenv`, `KEY=VALUE` lines turned into a JSON object. dotenv tools differ,
 * so the grammar is this one, and anything outside it is an error rather than a guess:
 *
 * - lines that are blank or start with `#` (after leading whitespace) are skipped;
 * - `export ` (the word, then spaces or tabs) may precede a line;
 * - `KEY=VALUE`: KEY matches `[A-Za-z_][A-Za-z0-9_.-]*` and is followed by `=` at once;
 * - an unquoted value is trimmed, and whitespace followed by `#` starts a comment (`abc#def`
 *   stays whole);
 * - `'...'` is literal and ends on its line;
 * - `"..."` knows the escapes `\n`, `\"` and `\\` (any other backslash is an error) and may span
 *   lines;
 * - after a closing quote only whitespace or a `#` comment may follow;
 * - no `${VAR}` expansion; a key given twice is an error.
 *
 * Line endings are CRLF or LF (a value spanning lines gets LF; a CR alone is an error on any line,
 * inside a quoted value too), and a leading byte order mark
 * is dropped. An error names the line and what is wrong with it, never its text: a `.env` line
 * holds a secret.
 */
/** An invalid line (`line` is 1-based in the text given), or no line at all (`line` undefined). */
class DotenvError extends Error {
    line;
    reason;
    name = 'DotenvError';
    constructor(line, reason) {
        super(line === undefined ? reason : `line ${line}: ${reason}`);
        this.line = line;
        this.reason = reason;
    }
}
const KEY = /^[A-Za-z_][A-Za-z0-9_.-]*/;
const EXPORT = /^export[ \t]+/;
const DOUBLE_ESCAPES = { n: '\n', '"': '"', '\\': '\\' };
/** The `KEY=VALUE` pairs in order. Throws DotenvError for the first invalid line. */
function parseDotenv(text) {
    const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
    const entries = [];
    const seen = new Map();
    for (let i = 0; i < lines.length; i++) {
        const number = i + 1;
        checkCharacters(lines[i], number);
        let line = lines[i].replace(/^[ \t]+/, '');
        if (line.trim() === '' || line.startsWith('#'))
            continue;
        line = line.replace(EXPORT, '');
        const key = KEY.exec(line)?.[0];
        if (key === undefined)
            throw new DotenvError(number, 'expected KEY=VALUE, with KEY a letter or `_` followed by letters, digits, `_`, `.` or `-`.');
        if (line[key.length] !== '=')
            throw new DotenvError(number, 'expected `=` right after the key.');
        const rest = line.slice(key.length + 1);
        const start = rest.length - rest.replace(/^[ \t]+/, '').length;
        let value;
        const quote = rest[start];
        if (quote === "'") {
            const end = rest.indexOf("'", start + 1);
            if (end < 0)
                throw new DotenvError(number, 'a single-quoted value has no closing quote on its line.');
            value = rest.slice(start + 1, end);
            checkAfterQuote(rest.slice(end + 1), number);
        }
        else if (quote === '"') {
            const read = readDoubleQuoted(lines, i, rest.slice(start + 1));
            value = read.value;
            checkAfterQuote(read.after, read.endLine + 1);
            i = read.endLine;
        }
        else {
            const comment = /[ \t]#/.exec(rest);
            // Spaces and tabs only, as the grammar says: other white space (U+00A0) is part of the value.
            value = (comment ? rest.slice(0, comment.index) : rest).replace(/^[ \t]+|[ \t]+$/g, '');
        }
        const first = seen.get(key);
        if (first !== undefined)
            throw new DotenvError(number, `repeats the key of line ${first}.`);
        seen.set(key, number);
        entries.push([key, value]);
    }
    if (entries.length === 0)
        throw new DotenvError(undefined, 'it has no KEY=VALUE line.');
    return entries;
}
/** The JSON object text of a dotenv text: a JSON secret (or merge patch) of its keys. */
function dotenvToJson(text) {
    // Object.fromEntries defines own properties, so even a key `__proto__` stays a key.
    return JSON.stringify(Object.fromEntries(parseDotenv(text)));
}
/** A double-quoted value from just after its opening quote, across lines until the closing one. */
function readDoubleQuoted(lines, startLine, first) {
    let value = '';
    let text = first;
    for (let n = startLine; n < lines.length; n++, text = lines[n] ?? '') {
        if (n > startLine) {
            // The first line was checked by the caller; a value's later lines obey the same rules.
            checkCharacters(text, n + 1);
            value += '\n';
        }
        for (let j = 0; j < text.length; j++) {
            const c = text[j];
            if (c === '"')
                return { value, after: text.slice(j + 1), endLine: n };
            if (c !== '\\') {
                value += c;
                continue;
            }
            const escaped = DOUBLE_ESCAPES[text[j + 1] ?? ''];
            if (escaped === undefined) {
                throw new DotenvError(n + 1, 'a double-quoted value has a backslash that is not one of the escapes \\n, \\" and \\\\.');
            }
            value += escaped;
            j++;
        }
    }
    throw new DotenvError(startLine + 1, 'a double-quoted value has no closing quote.');
}
/** The rules every line obeys, wherever it is: the first line of a pair or inside a quoted value. */
function checkCharacters(line, number) {
    // A CR alone ends a line nowhere in this grammar: `A=1\rB=2` would otherwise hide B in A's value.
    if (line.includes('\r'))
        throw new DotenvError(number, 'holds a carriage return that is not part of a CRLF line end.');
}
function checkAfterQuote(after, line) {
    if (!/^[ \t]*(#.*)?$/.test(after))
        throw new DotenvError(line, 'only whitespace or a `#` comment may follow a closing quote.');
}

// EXTERNAL MODULE: ../src/file.ts
var src_file = __webpack_require__(4405);
;// CONCATENATED MODULE: ../src/value.ts
/**
 * The new value, from whichever source settings chose: text or bytes, checked for UTF-8 and
 * for Secrets Manager's size limit, and with `value-format: dotenv` turned into JSON. Errors name
 * the input (and the `secrets` line) and never quote the value.
 */





/**
 * A target with its value loaded: the request the flow reads, plans and applies, and the value as
 * loaded (a merge's patch as text), for its masks.
 */
async function loadTarget(target, options) {
    const write = target.write;
    const load = (source) => loadValue(source, { format: options.format, line: target.line, stripFinalNewline: target.stripFinalNewline }, options.password);
    switch (write.kind) {
        case 'none':
        case 'promote':
            return { request: { ...target, write }, value: undefined };
        case 'value': {
            const value = await load(write.value);
            return { request: { ...target, write: { ...write, value } }, value };
        }
        case 'merge': {
            const given = write.patch ? await load(write.patch) : undefined;
            const fail = (detail) => failFor(write.patch ?? { kind: 'password' }, target.line)(detail);
            const { patch, value } = patchOf(given, options.password, fail);
            return { request: { ...target, write: { kind: 'merge', patch, stages: write.stages } }, value };
        }
    }
}
function failFor(source, line) {
    return (detail) => line === undefined
        ? new errors/* InputError */.dz(inputOf(source), detail)
        : new errors/* InputError */.dz('secrets', `line ${line} (${describeSource(source)}) ${detail}`);
}
/**
 * The value to send, from its source (a `password` source is the generated password).
 */
async function loadValue(source, options = {}, password) {
    const fail = failFor(source, options.line);
    if (source.kind === 'password') {
        if (!password)
            throw new Error('a password source without a generated password');
        return { kind: 'text', text: password.text };
    }
    let value = readValue(source, fail, options.line === undefined ? 'set `binary: true`' : 'write binary-file:PATH on the line');
    // Before dotenv, the masks, the comparison and the merge: all of them see the value as it is sent.
    if (options.stripFinalNewline && value.kind === 'text') {
        value = { kind: 'text', text: withoutFinalNewline(value.text) };
        checkSize(Buffer.byteLength(value.text, 'utf8'), fail, ' without its final newline');
    }
    if (options.format === 'dotenv' && value.kind === 'text') {
        let json;
        try {
            json = dotenvToJson(value.text);
        }
        catch (error) {
            if (error instanceof DotenvError)
                throw fail(`is not valid dotenv (\`value-format: dotenv\`): ${error.message}`);
            throw error;
        }
        checkSize(Buffer.byteLength(json, 'utf8'), fail, ' as JSON');
        value = { kind: 'text', text: json };
    }
    return value;
}
/**
 * json-merge's patch: the loaded text, which must be a JSON object (checked here once, before any
 * AWS call, and reported without quoting it), with a generated password under its key. The value
 * returned is the patch as text, for its masks.
 */
function patchOf(given, password, fail) {
    const rest = given?.kind === 'text' ? parseJsonObject(given.text) : undefined;
    if (given && !rest) {
        throw fail('is not a JSON object, and `json-merge` needs one as its patch (the text is not shown).');
    }
    if (!password?.key)
        return { patch: rest ?? {}, value: given ?? { kind: 'text', text: '{}' } };
    const key = password.key;
    if (rest && Object.hasOwn(rest, key)) {
        throw new errors/* InputError */.dz('password-key', `names a key the \`secret-string\` patch sets too: the generated password goes under ${key}, leave it out of the patch.`);
    }
    const text = JSON.stringify({ ...rest, [key]: password.text });
    checkSize(Buffer.byteLength(text, 'utf8'), (detail) => new errors/* InputError */.dz('password-length', `makes the patch too big: it ${detail}`), ' with the password');
    return { patch: { ...rest, [key]: password.text }, value: { kind: 'text', text } };
}
function inputOf(source) {
    switch (source.kind) {
        case 'string':
            return 'secret-string';
        case 'base64':
            return 'secret-binary';
        case 'file':
            return 'value-from-file';
        case 'env':
            return 'secrets';
        case 'password':
            return 'generate-password';
    }
}
function describeSource(source) {
    return source.kind === 'env'
        ? `env:${source.name}`
        : source.kind === 'file'
            ? source.binary
                ? 'a binary file'
                : 'a file'
            : source.kind === 'password'
                ? 'the generated password'
                : source.kind;
}
function readValue(source, fail, binaryHint) {
    switch (source.kind) {
        case 'string':
        case 'env':
            checkSize(Buffer.byteLength(source.text, 'utf8'), fail);
            return { kind: 'text', text: source.text };
        case 'base64':
            // Size and syntax were checked while decoding, in settings.
            return { kind: 'binary', bytes: source.bytes };
        case 'file': {
            const bytes = readValueFile(source.path, source.root, fail);
            checkSize(bytes.length, fail);
            if (source.binary)
                return { kind: 'binary', bytes };
            return { kind: 'text', text: decodeUtf8(bytes, fail, binaryHint) };
        }
    }
}
/** The file's bytes (file.ts: one non-blocking descriptor, size-checked before it is read). */
function readValueFile(file, root, fail) {
    try {
        return (0,src_file/* readSmallFile */.E)(file, { input: 'value-from-file', maxBytes: MAX_VALUE_BYTES, root });
    }
    catch (error) {
        // Named as the value's source: `value-from-file`, or the `secrets` line.
        if (error instanceof errors/* InputError */.dz)
            throw fail(error.detail);
        throw error;
    }
}
/** The text without one final LF or CRLF (one, not all: a value may end with an empty line on purpose). */
function withoutFinalNewline(text) {
    return text.endsWith('\r\n') ? text.slice(0, -2) : text.endsWith('\n') ? text.slice(0, -1) : text;
}
function checkSize(bytes, fail, what = '') {
    if (bytes === 0)
        throw fail(`is empty${what}: a secret value has 1 to 65536 bytes.`);
    if (bytes > MAX_VALUE_BYTES)
        throw fail(`is ${bytes} bytes${what}; Secrets Manager takes at most ${MAX_VALUE_BYTES}.`);
}
/** Byte-exact: a byte order mark is kept, invalid UTF-8 is an error (send it as binary). */
function decodeUtf8(bytes, fail, asBinary) {
    try {
        return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    }
    catch {
        throw fail(`is not valid UTF-8 text: ${asBinary} to store it as SecretBinary.`);
    }
}

;// CONCATENATED MODULE: ../src/main.ts
/**
 * run(), top to bottom: settings -> values loaded and masked -> client -> read and plan every
 * target -> apply -> report. One secret (`secret-id`) is a batch of one; only the report differs
 * (its own outputs, or `results`). The one place that talks to the runner (masks, logs, outputs,
 * summary, failure) and to the process (a cancelled job's signals).
 */














/**
 * How long a cancelled run waits for the call on the wire, and then for each cleanup call. The
 * runner sends SIGINT, SIGTERM 7.5 s later, and kills the process 2.5 s after that.
 */
const INTERRUPT_WAIT_MS = 3000;
async function run() {
    const masks = new Set();
    const mask = (values) => {
        for (const m of values) {
            if (!masks.has(m)) {
                masks.add(m);
                runner_setSecret(m);
            }
        }
    };
    const fail = (message) => runner_setFailed(redact(message, [...masks]));
    let stopListening = () => undefined;
    try {
        const source = runnerSource();
        // The raw value inputs are masked first, so that even a run that fails on another input
        // leaves them masked for the steps after it.
        for (const text of valueInputs(source))
            mask(masksFor({ kind: 'text', text }));
        const settings = readSettings(source);
        for (const proxy of [settings.httpProxy, settings.httpsProxy])
            if (proxy)
                mask(proxyMasks(proxy));
        const password = newPassword(settings);
        // Registered as a mask the moment it exists, before anything else can print it.
        if (password)
            mask(masksFor({ kind: 'text', text: password.text }));
        const requests = [];
        for (const target of settings.targets) {
            const { request, value } = await loadTarget(target, { format: settings.valueFormat, password });
            if (value)
                mask(masksFor(value));
            requests.push(request);
        }
        const context = readRunContext();
        const client = await (0,src_client.createClient)(settings, context);
        const cancel = new AbortController();
        stopListening = onCancel((signal) => cancel.abort(signal));
        runner_info(startLine(settings, requests.length));
        if (password) {
            runner_info(`Generated a password of ${password.text.length} characters (masked; never printed or output).`);
        }
        const handOff = passwordHandOff(settings, password);
        let results;
        try {
            results = await writeAll(client, requests, (request) => reporter(settings.report, request, mask, handOff), {
                dryRun: settings.dryRun,
                maxConcurrency: settings.maxConcurrency,
                // A generated version id must not contain a registered mask (see version-id.ts).
                newToken: (kind) => newVersionId(kind, [...masks]),
                staleLabelMs: mergeTimeBoundMs(settings),
                signal: cancel.signal,
                stopWaitMs: INTERRUPT_WAIT_MS,
                replicaWaitMs: settings.readTimeoutMs
            });
        }
        catch (error) {
            if (!(error instanceof PlanFailedError) || cancel.signal.aborted)
                throw error;
            throw new errors/* ActionError */.lZ(planFailureOf(error.secretId, error.message, requests.length, settings.report));
        }
        finally {
            stopListening();
        }
        if (cancel.signal.aborted) {
            // A cancelled run's calls fail too ("stopped before the next call"): the cancellation says it all.
            fail(`${cancelMessage(String(cancel.signal.reason), results, settings.report)}${handOff?.text() ?? ''}`);
            process.exit();
        }
        report(settings, results, handOff, masks, context);
    }
    catch (error) {
        stopListening();
        fail((0,errors/* failureMessage */.oh)(error));
    }
}
/** The password `generate-password` asks for, and with `json-merge` the key it goes under. */
function newPassword(settings) {
    const generated = settings.generatePassword;
    return generated ? { text: generatePassword(generated.rules, external_node_crypto_.randomBytes), key: generated.key } : undefined;
}
function startLine(settings, count) {
    const verb = settings.dryRun ? 'Dry run for' : 'Updating';
    const [one] = settings.targets;
    return settings.report === 'single' && one
        ? `${verb} secret ${one.secretId} in ${settings.region}.`
        : `${verb} ${count} secrets in ${settings.region}, at most ${settings.maxConcurrency} writes at a time.`;
}
/** Where a target's messages go: the log, prefixed with the secret with `secrets`; its masks to the runner. */
function reporter(report, request, mask, handOff) {
    const prefix = report === 'single' ? '' : `${request.secretId}: `;
    return {
        info: (message) => runner_info(`${prefix}${message}`),
        warning: (message) => runner_warning(`${prefix}${message}`),
        mask: (value) => mask(masksFor(value)),
        ...(handOff ? { stored: (versionId) => handOff.stored(versionId) } : {})
    };
}
function passwordHandOff(settings, password) {
    const env = settings.generatePassword?.env;
    if (!env || !password || settings.dryRun)
        return undefined;
    let versionId;
    let exported = false;
    let failure;
    return {
        stored(id) {
            if (versionId !== undefined)
                return;
            versionId = id;
            try {
                exported = runner_exportVariable(env, password.text);
                if (exported) {
                    runner_info(`The generated password is in the environment variable ${env} of the later steps of this job (masked).`);
                }
                else {
                    runner_warning(`\`password-env\`: there is no GITHUB_ENV file (not a runner?), so ${env} was not exported.`);
                }
            }
            catch (error) {
                failure = String(error.code ?? (0,errors/* errorMessage */.gJ)(error));
            }
        },
        get failure() {
            return failure;
        },
        text() {
            if (versionId === undefined)
                return '';
            return exported
                ? ` The generated password is stored (version ${versionId}) and is in ${env} for the later steps of this job.`
                : ` The generated password is stored (version ${versionId}) and was NOT exported to ${env}${failure ? ` (${failure})` : ''}.`;
        }
    };
}
/** The log, the password handed on, the outputs and the summary; then the failure, if a write failed. */
function report(settings, all, handOff, masks, context) {
    // Failure reasons come from AWS answers: redacted like any failure message.
    const results = all.map((r) => r.result.status === 'failed' ? { ...r, result: { ...r.result, reason: redact(r.result.reason, [...masks]) } } : r);
    for (const line of logLines(results, settings.report))
        runner_info(line);
    const notice = metadataOnlyNotice(results, settings.report);
    if (notice)
        runner_notice(notice.text);
    const failure = failureOf(results, settings.report);
    // One secret that failed: its error is the report (with where a stored password went).
    if (failure && settings.report === 'single')
        throw new errors/* ActionError */.lZ(`${failure}${handOff?.text() ?? ''}`);
    const done = writtenText(results, settings.report);
    // Only a run that wrote the password hands it on (as soon as it was stored), through the environment only.
    const exportFailure = handOff?.failure;
    if (exportFailure !== undefined) {
        afterWrite(done, 'environment', () => {
            throw Object.assign(new Error(exportFailure), { code: exportFailure });
        });
    }
    afterWrite(done, 'outputs', () => setOutputs(outputsOf(results, settings.report), masks));
    afterWrite(done, 'summary', () => appendSummary(renderSummary(results, settings.report, context) + (notice?.markdown ?? '')));
    if (failure)
        runner_setFailed(failure);
}
/**
 * The runner cancels a step with SIGINT, then SIGTERM: the first one aborts the run (the flow
 * stops its calls and says what was written); later ones are ignored. Returns the function that
 * stops listening.
 */
function onCancel(abort) {
    const listener = (signal) => abort(signal);
    process.on('SIGINT', listener);
    process.on('SIGTERM', listener);
    return () => {
        process.removeListener('SIGINT', listener);
        process.removeListener('SIGTERM', listener);
    };
}
function setOutputs(outputs, masks) {
    for (const [name, text] of Object.entries(outputs)) {
        runner_setOutput(name, text);
        if ([...masks].some((m) => text.includes(m))) {
            runner_warning(`Output \`${name}\` contains a part of the secret value: later steps of this job get it as it is, ` +
                'the log shows that part as ***, and a job output (jobs.<id>.outputs) built from it would be dropped by the runner.');
        }
    }
}
/**
 * Reports the outcome (`outputs`, then the job `summary`) once the secret is written. A failure
 * here (a full disk, a summary file in a missing directory) must not read as a failed update:
 * that would invite a rerun, and a rerun writes another version. So the message says what was
 * written (`done`), with the version id. Outputs that cannot be written fail the step (later steps
 * would miss `version-id`); a summary that cannot be written is only a warning.
 */
function afterWrite(done, what, write) {
    try {
        write();
    }
    catch (error) {
        const reason = error.code ?? (0,errors/* errorMessage */.gJ)(error);
        const rerun = done.rerun ? ' Do not rerun this step to write it again: that would make another version.' : '';
        if (what === 'summary') {
            runner_warning(`${done.text} The job summary could not be written (${String(reason)}).${rerun}`);
            return;
        }
        const lost = what === 'environment'
            ? `the generated password could not be exported to the later steps with \`password-env\` (${String(reason)})`
            : `the step outputs could not be written (${String(reason)}), so later steps will not get them`;
        throw new errors/* ActionError */.lZ(`${done.text} But ${lost}.${rerun}`);
    }
}


/***/ })

};
