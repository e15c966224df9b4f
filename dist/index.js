import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 8739:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ emitWarningIfUnsupportedVersion)
/* harmony export */ });
/* unused harmony export state */
const state = {
    warningEmitted: false,
};
const emitWarningIfUnsupportedVersion = (version) => {
    if (version && !state.warningEmitted) {
        if (process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED === "true") {
            state.warningEmitted = true;
            return;
        }
        const userMajorVersion = parseInt(version.substring(1, version.indexOf(".")));
        const vv = 22;
        if (userMajorVersion < vv) {
            state.warningEmitted = true;
            process.emitWarning(`NodeVersionSupportWarning: The AWS SDK for JavaScript (v3)
versions published after the first week of January 2027
will require node >=${vv}. You are running node ${version}.

To continue receiving updates to AWS services, bug fixes,
and security updates please upgrade to node >=${vv}.

More information can be found at: https://a.co/c895JFp`);
        }
    }
};


/***/ }),

/***/ 4351:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ getDefaultSocketTimeout)
/* harmony export */ });
const isDefaultSocketTimeoutEnabled = () => typeof process === "object" && process?.env?.AWS_ENABLE_DEFAULT_SOCKET_TIMEOUT_2026 === "true";
const getDefaultSocketTimeout = (requestHandler, timeoutMs) => {
    if (!isDefaultSocketTimeoutEnabled()) {
        return undefined;
    }
    if (typeof requestHandler?.handle === "function") {
        return undefined;
    }
    return timeoutMs;
};


/***/ }),

/***/ 4405:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   OV: () => (/* binding */ resolveHostHeaderConfig),
/* harmony export */   TC: () => (/* binding */ getHostHeaderPlugin)
/* harmony export */ });
/* unused harmony exports hostHeaderMiddleware, hostHeaderMiddlewareOptions */
/* harmony import */ var _smithy_core_protocols__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1871);

function resolveHostHeaderConfig(input) {
    return input;
}
const hostHeaderMiddleware = (options) => (next) => async (args) => {
    if (!_smithy_core_protocols__WEBPACK_IMPORTED_MODULE_0__/* .HttpRequest */ .K.isInstance(args.request)) {
        return next(args);
    }
    const { request } = args;
    const { handlerProtocol = "" } = options.requestHandler.metadata || {};
    if (handlerProtocol.indexOf("h2") >= 0 && !request.headers[":authority"]) {
        delete request.headers["host"];
        request.headers[":authority"] = request.hostname + (request.port ? ":" + request.port : "");
    }
    else if (!request.headers["host"]) {
        let host = request.hostname;
        if (request.port != null) {
            host += `:${request.port}`;
        }
        request.headers["host"] = host;
    }
    return next(args);
};
const hostHeaderMiddlewareOptions = {
    name: "hostHeaderMiddleware",
    step: "build",
    priority: "low",
    tags: ["HOST"],
    override: true,
};
const getHostHeaderPlugin = (options) => ({
    applyToStack: (clientStack) => {
        clientStack.add(hostHeaderMiddleware(options), hostHeaderMiddlewareOptions);
    },
});


/***/ }),

/***/ 1478:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Y7: () => (/* binding */ getLoggerPlugin)
/* harmony export */ });
/* unused harmony exports loggerMiddleware, loggerMiddlewareOptions */
/* harmony import */ var _smithy_core_client__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(51);

const loggerMiddleware = () => (next, context) => async (args) => {
    try {
        const response = await next(args);
        const { logger } = context;
        const isNoOpLogger = logger instanceof _smithy_core_client__WEBPACK_IMPORTED_MODULE_0__/* .NoOpLogger */ .N;
        if (logger && !isNoOpLogger) {
            const { clientName, commandName, dynamoDbDocumentClientOptions = {} } = context;
            const { overrideInputFilterSensitiveLog, overrideOutputFilterSensitiveLog } = dynamoDbDocumentClientOptions;
            const inputFilterSensitiveLog = overrideInputFilterSensitiveLog ?? context.inputFilterSensitiveLog;
            const outputFilterSensitiveLog = overrideOutputFilterSensitiveLog ?? context.outputFilterSensitiveLog;
            const { $metadata, ...outputWithoutMetadata } = response.output;
            logger.info?.({
                clientName,
                commandName,
                input: inputFilterSensitiveLog(args.input),
                output: outputFilterSensitiveLog(outputWithoutMetadata),
                metadata: $metadata,
            });
        }
        return response;
    }
    catch (error) {
        const { clientName, commandName, logger, dynamoDbDocumentClientOptions = {} } = context;
        const { overrideInputFilterSensitiveLog } = dynamoDbDocumentClientOptions;
        const inputFilterSensitiveLog = overrideInputFilterSensitiveLog ?? context.inputFilterSensitiveLog;
        logger?.error?.({
            clientName,
            commandName,
            input: inputFilterSensitiveLog(args.input),
            error,
            metadata: error.$metadata,
        });
        throw error;
    }
};
const loggerMiddlewareOptions = {
    name: "loggerMiddleware",
    tags: ["LOGGER"],
    step: "initialize",
    override: true,
};
const getLoggerPlugin = (options) => ({
    applyToStack: (clientStack) => {
        clientStack.add(loggerMiddleware(), loggerMiddlewareOptions);
    },
});


/***/ }),

/***/ 2713:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  n: () => (/* binding */ getRecursionDetectionPlugin)
});

;// CONCATENATED MODULE: ../node_modules/@aws-sdk/core/dist-es/submodules/client/middleware-recursion-detection/configuration.js
const recursionDetectionMiddlewareOptions = {
    step: "build",
    tags: ["RECURSION_DETECTION", "TRACE_CONTEXT_PROPAGATION"],
    name: "recursionDetectionMiddleware",
    override: true,
    priority: "low",
};

// EXTERNAL MODULE: ../node_modules/@aws/lambda-invoke-store/dist-cjs/invoke-store.js
var invoke_store = __nccwpck_require__(1238);
// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/transport/httpRequest.js
var httpRequest = __nccwpck_require__(1871);
;// CONCATENATED MODULE: ../node_modules/@aws-sdk/core/dist-es/submodules/client/middleware-recursion-detection/recursionDetectionMiddleware.js


const AWS_LAMBDA_FUNCTION_NAME = "AWS_LAMBDA_FUNCTION_NAME";
const _X_AMZN_TRACE_ID = "_X_AMZN_TRACE_ID";
const X_AMZN_TRACE_ID = "X-Amzn-Trace-Id";
const TRACEPARENT = "traceparent";
const TRACESTATE = "tracestate";
const BAGGAGE = "baggage";
const recursionDetectionMiddleware = () => (next) => async (args) => {
    const { request } = args;
    if (!httpRequest/* HttpRequest */.K.isInstance(request)) {
        return next(args);
    }
    let invokeStore;
    {
        const traceIdHeader = Object.keys(request.headers ?? {}).find((h) => h.toLowerCase() === X_AMZN_TRACE_ID.toLowerCase()) ??
            X_AMZN_TRACE_ID;
        if (!request.headers.hasOwnProperty(traceIdHeader)) {
            const functionName = process.env[AWS_LAMBDA_FUNCTION_NAME];
            const traceIdFromEnv = process.env[_X_AMZN_TRACE_ID];
            invokeStore ??= await invoke_store/* InvokeStore */.A.getInstanceAsync();
            const traceIdFromInvokeStore = invokeStore?.getXRayTraceId();
            const traceId = traceIdFromInvokeStore ?? traceIdFromEnv;
            const nonEmptyString = (str) => typeof str === "string" && str.length > 0;
            if (nonEmptyString(functionName) && nonEmptyString(traceId)) {
                request.headers[X_AMZN_TRACE_ID] = traceId;
            }
        }
    }
    {
        sanitizeTraceHeaders(request.headers);
        const existingTraceparent = request.headers[TRACEPARENT];
        if (!existingTraceparent) {
            const traceparent = (invokeStore ??= await invoke_store/* InvokeStore */.A.getInstanceAsync())?.getTraceparent?.();
            if (traceparent) {
                request.headers[TRACEPARENT] = traceparent;
                const tracestate = invokeStore?.getTracestate?.();
                if (tracestate) {
                    request.headers[TRACESTATE] = tracestate;
                }
                const baggage = invokeStore?.getBaggage?.();
                if (baggage) {
                    request.headers[BAGGAGE] = baggage;
                }
            }
        }
    }
    return next(args);
};
function sanitizeTraceHeaders(headers) {
    for (const header of Object.keys(headers)) {
        const lower = header.toLowerCase();
        if (header !== lower && (lower === TRACEPARENT || lower === TRACESTATE || lower === BAGGAGE)) {
            headers[lower] = headers[header];
            delete headers[header];
        }
    }
}

;// CONCATENATED MODULE: ../node_modules/@aws-sdk/core/dist-es/submodules/client/middleware-recursion-detection/getRecursionDetectionPlugin.js


const getRecursionDetectionPlugin = (options) => ({
    applyToStack: (clientStack) => {
        clientStack.add(recursionDetectionMiddleware(), recursionDetectionMiddlewareOptions);
    },
});


/***/ }),

/***/ 6868:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ resolveUserAgentConfig),
/* harmony export */   b: () => (/* binding */ DEFAULT_UA_APP_ID)
/* harmony export */ });
/* harmony import */ var _smithy_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1944);

const DEFAULT_UA_APP_ID = undefined;
function isValidUserAgentAppId(appId) {
    if (appId === undefined) {
        return true;
    }
    return typeof appId === "string" && appId.length <= 50;
}
function resolveUserAgentConfig(input) {
    const normalizedAppIdProvider = (0,_smithy_core__WEBPACK_IMPORTED_MODULE_0__/* .normalizeProvider */ .t)(input.userAgentAppId ?? DEFAULT_UA_APP_ID);
    const { customUserAgent } = input;
    return Object.assign(input, {
        customUserAgent: typeof customUserAgent === "string" ? [[customUserAgent]] : customUserAgent,
        userAgentAppId: async () => {
            const appId = await normalizedAppIdProvider();
            if (!isValidUserAgentAppId(appId)) {
                const logger = input.logger?.constructor?.name === "NoOpLogger" || !input.logger ? console : input.logger;
                if (typeof appId !== "string") {
                    logger?.warn("userAgentAppId must be a string or undefined.");
                }
                else if (appId.length > 50) {
                    logger?.warn("The provided userAgentAppId exceeds the maximum length of 50 characters.");
                }
            }
            return appId;
        },
    });
}


/***/ }),

/***/ 5424:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  sM: () => (/* binding */ getUserAgentPlugin)
});

// UNUSED EXPORTS: getUserAgentMiddlewareOptions, userAgentMiddleware

// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/transport/httpRequest.js
var httpRequest = __nccwpck_require__(1871);
// EXTERNAL MODULE: ../node_modules/@aws-sdk/core/dist-es/submodules/client/util-endpoints/lib/aws/partition.js + 1 modules
var partition = __nccwpck_require__(8575);
// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/retry/util-retry/config.js
var util_retry_config = __nccwpck_require__(9903);
;// CONCATENATED MODULE: ../node_modules/@aws-sdk/core/dist-es/submodules/client/setFeature.js
function setFeature(context, feature, value) {
    if (!context.__aws_sdk_context) {
        context.__aws_sdk_context = {
            features: {},
        };
    }
    else if (!context.__aws_sdk_context.features) {
        context.__aws_sdk_context.features = {};
    }
    context.__aws_sdk_context.features[feature] = value;
}

;// CONCATENATED MODULE: ../node_modules/@aws-sdk/core/dist-es/submodules/client/middleware-user-agent/check-features.js


const ACCOUNT_ID_ENDPOINT_REGEX = /\d{12}\.ddb/;
async function checkFeatures(context, config, args) {
    const request = args.request;
    if (request?.headers?.["smithy-protocol"] === "rpc-v2-cbor") {
        setFeature(context, "PROTOCOL_RPC_V2_CBOR", "M");
    }
    if (typeof config.retryStrategy === "function") {
        const retryStrategy = await config.retryStrategy();
        if (typeof retryStrategy.mode === "string") {
            switch (retryStrategy.mode) {
                case util_retry_config/* RETRY_MODES */.cm.ADAPTIVE:
                    setFeature(context, "RETRY_MODE_ADAPTIVE", "F");
                    break;
                case util_retry_config/* RETRY_MODES */.cm.STANDARD:
                    setFeature(context, "RETRY_MODE_STANDARD", "E");
                    break;
            }
        }
    }
    if (typeof config.accountIdEndpointMode === "function") {
        const endpointV2 = context.endpointV2;
        if (String(endpointV2?.url?.hostname).match(ACCOUNT_ID_ENDPOINT_REGEX)) {
            setFeature(context, "ACCOUNT_ID_ENDPOINT", "O");
        }
        switch (await config.accountIdEndpointMode?.()) {
            case "disabled":
                setFeature(context, "ACCOUNT_ID_MODE_DISABLED", "Q");
                break;
            case "preferred":
                setFeature(context, "ACCOUNT_ID_MODE_PREFERRED", "P");
                break;
            case "required":
                setFeature(context, "ACCOUNT_ID_MODE_REQUIRED", "R");
                break;
        }
    }
    const identity = context.__smithy_context?.selectedHttpAuthScheme?.identity;
    if (identity?.$source) {
        const credentials = identity;
        if (credentials.accountId) {
            setFeature(context, "RESOLVED_ACCOUNT_ID", "T");
        }
        for (const [key, value] of Object.entries(credentials.$source ?? {})) {
            setFeature(context, key, value);
        }
    }
}

;// CONCATENATED MODULE: ../node_modules/@aws-sdk/core/dist-es/submodules/client/middleware-user-agent/constants.js
const USER_AGENT = "user-agent";
const X_AMZ_USER_AGENT = "x-amz-user-agent";
const SPACE = " ";
const UA_NAME_SEPARATOR = "/";
const UA_NAME_ESCAPE_REGEX = /[^!$%&'*+\-.^_`|~\w]/g;
const UA_VALUE_ESCAPE_REGEX = /[^!$%&'*+\-.^_`|~\w#]/g;
const UA_ESCAPE_CHAR = "-";

;// CONCATENATED MODULE: ../node_modules/@aws-sdk/core/dist-es/submodules/client/middleware-user-agent/encode-features.js
const BYTE_LIMIT = 1024;
function encodeFeatures(features) {
    let buffer = "";
    for (const key in features) {
        const val = features[key];
        if (buffer.length + val.length + 1 <= BYTE_LIMIT) {
            if (buffer.length) {
                buffer += "," + val;
            }
            else {
                buffer += val;
            }
            continue;
        }
        break;
    }
    return buffer;
}

;// CONCATENATED MODULE: ../node_modules/@aws-sdk/core/dist-es/submodules/client/middleware-user-agent/user-agent-middleware.js





const userAgentMiddleware = (options) => (next, context) => async (args) => {
    const { request } = args;
    if (!httpRequest/* HttpRequest */.K.isInstance(request)) {
        return next(args);
    }
    const { headers } = request;
    const userAgent = context?.userAgent?.map(escapeUserAgent) || [];
    const defaultUserAgent = (await options.defaultUserAgentProvider()).map(escapeUserAgent);
    await checkFeatures(context, options, args);
    const awsContext = context;
    defaultUserAgent.push(`m/${encodeFeatures(Object.assign({}, context.__smithy_context?.features, awsContext.__aws_sdk_context?.features))}`);
    const customUserAgent = options?.customUserAgent?.map(escapeUserAgent) || [];
    const appId = await options.userAgentAppId();
    if (appId) {
        defaultUserAgent.push(escapeUserAgent([`app`, `${appId}`]));
    }
    const prefix = (0,partition/* getUserAgentPrefix */.vL)();
    const sdkUserAgentValue = (prefix ? [prefix] : [])
        .concat([...defaultUserAgent, ...userAgent, ...customUserAgent])
        .join(SPACE);
    const normalUAValue = [
        ...defaultUserAgent.filter((section) => section.startsWith("aws-sdk-")),
        ...customUserAgent,
    ].join(SPACE);
    if (options.runtime !== "browser") {
        if (normalUAValue) {
            headers[X_AMZ_USER_AGENT] = headers[X_AMZ_USER_AGENT]
                ? `${headers[USER_AGENT]} ${normalUAValue}`
                : normalUAValue;
        }
        headers[USER_AGENT] = sdkUserAgentValue;
    }
    else {
        headers[X_AMZ_USER_AGENT] = sdkUserAgentValue;
    }
    return next({
        ...args,
        request,
    });
};
const escapeUserAgent = (userAgentPair) => {
    const name = userAgentPair[0]
        .split(UA_NAME_SEPARATOR)
        .map((part) => part.replace(UA_NAME_ESCAPE_REGEX, UA_ESCAPE_CHAR))
        .join(UA_NAME_SEPARATOR);
    const version = userAgentPair[1]?.replace(UA_VALUE_ESCAPE_REGEX, UA_ESCAPE_CHAR);
    const prefixSeparatorIndex = name.indexOf(UA_NAME_SEPARATOR);
    const prefix = name.substring(0, prefixSeparatorIndex);
    let uaName = name.substring(prefixSeparatorIndex + 1);
    if (prefix === "api") {
        uaName = uaName.toLowerCase();
    }
    return [prefix, uaName, version]
        .filter((item) => item && item.length > 0)
        .reduce((acc, item, index) => {
        switch (index) {
            case 0:
                return item;
            case 1:
                return `${acc}/${item}`;
            default:
                return `${acc}#${item}`;
        }
    }, "");
};
const getUserAgentMiddlewareOptions = {
    name: "getUserAgentMiddleware",
    step: "build",
    priority: "low",
    tags: ["SET_USER_AGENT", "USER_AGENT"],
    override: true,
};
const getUserAgentPlugin = (config) => ({
    applyToStack: (clientStack) => {
        clientStack.add(userAgentMiddleware(config), getUserAgentMiddlewareOptions);
    },
});


/***/ }),

/***/ 5489:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ resolveAwsRegionExtensionConfiguration),
/* harmony export */   R: () => (/* binding */ getAwsRegionExtensionConfiguration)
/* harmony export */ });
const getAwsRegionExtensionConfiguration = (runtimeConfig) => {
    return {
        setRegion(region) {
            runtimeConfig.region = region;
        },
        region() {
            return runtimeConfig.region;
        },
    };
};
const resolveAwsRegionExtensionConfiguration = (awsRegionExtensionConfiguration) => {
    return {
        region: awsRegionExtensionConfiguration.region(),
    };
};


/***/ }),

/***/ 727:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ setCredentialFeature)
/* harmony export */ });
function setCredentialFeature(credentials, feature, value) {
    if (!credentials.$source) {
        credentials.$source = {};
    }
    credentials.$source[feature] = value;
    return credentials;
}


/***/ }),

/***/ 1958:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  U: () => (/* binding */ awsEndpointFunctions)
});

// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/endpoints/util-endpoints/utils/customEndpointFunctions.js
var customEndpointFunctions = __nccwpck_require__(7228);
// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/transport/isValidHostLabel.js
var isValidHostLabel = __nccwpck_require__(6370);
// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/endpoints/util-endpoints/lib/isIpAddress.js
var isIpAddress = __nccwpck_require__(7298);
;// CONCATENATED MODULE: ../node_modules/@aws-sdk/core/dist-es/submodules/client/util-endpoints/lib/aws/isVirtualHostableS3Bucket.js


const isVirtualHostableS3Bucket = (value, allowSubDomains = false) => {
    if (allowSubDomains) {
        for (const label of value.split(".")) {
            if (!isVirtualHostableS3Bucket(label)) {
                return false;
            }
        }
        return true;
    }
    if (!(0,isValidHostLabel/* isValidHostLabel */.X)(value)) {
        return false;
    }
    if (value.length < 3 || value.length > 63) {
        return false;
    }
    if (value !== value.toLowerCase()) {
        return false;
    }
    if ((0,isIpAddress/* isIpAddress */.o)(value)) {
        return false;
    }
    return true;
};

;// CONCATENATED MODULE: ../node_modules/@aws-sdk/core/dist-es/submodules/client/util-endpoints/lib/aws/parseArn.js
const ARN_DELIMITER = ":";
const RESOURCE_DELIMITER = "/";
const parseArn = (value) => {
    const segments = value.split(ARN_DELIMITER);
    if (segments.length < 6) {
        return null;
    }
    const [arn, partition, service, region, accountId, ...resourcePath] = segments;
    if (arn !== "arn" || partition === "" || service === "" || resourcePath.join(ARN_DELIMITER) === "") {
        return null;
    }
    const resourceId = resourcePath.map((resource) => resource.split(RESOURCE_DELIMITER)).flat();
    return {
        partition,
        service,
        region,
        accountId,
        resourceId,
    };
};

// EXTERNAL MODULE: ../node_modules/@aws-sdk/core/dist-es/submodules/client/util-endpoints/lib/aws/partition.js + 1 modules
var partition = __nccwpck_require__(8575);
;// CONCATENATED MODULE: ../node_modules/@aws-sdk/core/dist-es/submodules/client/util-endpoints/aws.js




const awsEndpointFunctions = {
    isVirtualHostableS3Bucket: isVirtualHostableS3Bucket,
    parseArn: parseArn,
    partition: partition/* partition */.jB,
};
customEndpointFunctions/* customEndpointFunctions */.m.aws = awsEndpointFunctions;


/***/ }),

/***/ 8575:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  vL: () => (/* binding */ getUserAgentPrefix),
  jB: () => (/* binding */ partition)
});

// UNUSED EXPORTS: setPartitionInfo, useDefaultPartitionInfo

;// CONCATENATED MODULE: ../node_modules/@aws-sdk/core/dist-es/submodules/client/util-endpoints/lib/aws/partitions.js
const partitions_partitionsInfo = {
    "partitions": [
        {
            "id": "aws",
            "outputs": {
                "dnsSuffix": "amazonaws.com",
                "dualStackDnsSuffix": "api.aws",
                "implicitGlobalRegion": "us-east-1",
                "name": "aws",
                "supportsDualStack": true,
                "supportsFIPS": true
            },
            "regionRegex": "^(us|eu|ap|sa|ca|me|af|il|mx)\\-\\w+\\-\\d+$",
            "regions": {
                "af-south-1": {
                    "description": "Africa (Cape Town)"
                },
                "ap-east-1": {
                    "description": "Asia Pacific (Hong Kong)"
                },
                "ap-east-2": {
                    "description": "Asia Pacific (Taipei)"
                },
                "ap-northeast-1": {
                    "description": "Asia Pacific (Tokyo)"
                },
                "ap-northeast-2": {
                    "description": "Asia Pacific (Seoul)"
                },
                "ap-northeast-3": {
                    "description": "Asia Pacific (Osaka)"
                },
                "ap-south-1": {
                    "description": "Asia Pacific (Mumbai)"
                },
                "ap-south-2": {
                    "description": "Asia Pacific (Hyderabad)"
                },
                "ap-southeast-1": {
                    "description": "Asia Pacific (Singapore)"
                },
                "ap-southeast-2": {
                    "description": "Asia Pacific (Sydney)"
                },
                "ap-southeast-3": {
                    "description": "Asia Pacific (Jakarta)"
                },
                "ap-southeast-4": {
                    "description": "Asia Pacific (Melbourne)"
                },
                "ap-southeast-5": {
                    "description": "Asia Pacific (Malaysia)"
                },
                "ap-southeast-6": {
                    "description": "Asia Pacific (New Zealand)"
                },
                "ap-southeast-7": {
                    "description": "Asia Pacific (Thailand)"
                },
                "aws-global": {
                    "description": "aws global region"
                },
                "ca-central-1": {
                    "description": "Canada (Central)"
                },
                "ca-west-1": {
                    "description": "Canada West (Calgary)"
                },
                "eu-central-1": {
                    "description": "Europe (Frankfurt)"
                },
                "eu-central-2": {
                    "description": "Europe (Zurich)"
                },
                "eu-north-1": {
                    "description": "Europe (Stockholm)"
                },
                "eu-south-1": {
                    "description": "Europe (Milan)"
                },
                "eu-south-2": {
                    "description": "Europe (Spain)"
                },
                "eu-west-1": {
                    "description": "Europe (Ireland)"
                },
                "eu-west-2": {
                    "description": "Europe (London)"
                },
                "eu-west-3": {
                    "description": "Europe (Paris)"
                },
                "il-central-1": {
                    "description": "Israel (Tel Aviv)"
                },
                "me-central-1": {
                    "description": "Middle East (UAE)"
                },
                "me-south-1": {
                    "description": "Middle East (Bahrain)"
                },
                "me-west-1": {
                    "description": "Middle East (Saudi Arabia)"
                },
                "mx-central-1": {
                    "description": "Mexico (Central)"
                },
                "sa-east-1": {
                    "description": "South America (Sao Paulo)"
                },
                "sa-west-1": {
                    "description": "South America (Chile)"
                },
                "us-east-1": {
                    "description": "US East (N. Virginia)"
                },
                "us-east-2": {
                    "description": "US East (Ohio)"
                },
                "us-west-1": {
                    "description": "US West (N. California)"
                },
                "us-west-2": {
                    "description": "US West (Oregon)"
                }
            }
        },
        {
            "id": "aws-cn",
            "outputs": {
                "dnsSuffix": "amazonaws.com.cn",
                "dualStackDnsSuffix": "api.amazonwebservices.com.cn",
                "implicitGlobalRegion": "cn-northwest-1",
                "name": "aws-cn",
                "supportsDualStack": true,
                "supportsFIPS": true
            },
            "regionRegex": "^cn\\-\\w+\\-\\d+$",
            "regions": {
                "aws-cn-global": {
                    "description": "aws-cn global region"
                },
                "cn-north-1": {
                    "description": "China (Beijing)"
                },
                "cn-northwest-1": {
                    "description": "China (Ningxia)"
                }
            }
        },
        {
            "id": "aws-eusc",
            "outputs": {
                "dnsSuffix": "amazonaws.eu",
                "dualStackDnsSuffix": "api.amazonwebservices.eu",
                "implicitGlobalRegion": "eusc-de-east-1",
                "name": "aws-eusc",
                "supportsDualStack": true,
                "supportsFIPS": true
            },
            "regionRegex": "^eusc\\-(de)\\-\\w+\\-\\d+$",
            "regions": {
                "eusc-de-east-1": {
                    "description": "AWS European Sovereign Cloud (Germany)"
                }
            }
        },
        {
            "id": "aws-iso",
            "outputs": {
                "dnsSuffix": "c2s.ic.gov",
                "dualStackDnsSuffix": "api.aws.ic.gov",
                "implicitGlobalRegion": "us-iso-east-1",
                "name": "aws-iso",
                "supportsDualStack": true,
                "supportsFIPS": true
            },
            "regionRegex": "^us\\-iso\\-\\w+\\-\\d+$",
            "regions": {
                "aws-iso-global": {
                    "description": "aws-iso global region"
                },
                "us-iso-east-1": {
                    "description": "US ISO East"
                },
                "us-iso-west-1": {
                    "description": "US ISO WEST"
                }
            }
        },
        {
            "id": "aws-iso-b",
            "outputs": {
                "dnsSuffix": "sc2s.sgov.gov",
                "dualStackDnsSuffix": "api.aws.scloud",
                "implicitGlobalRegion": "us-isob-east-1",
                "name": "aws-iso-b",
                "supportsDualStack": true,
                "supportsFIPS": true
            },
            "regionRegex": "^us\\-isob\\-\\w+\\-\\d+$",
            "regions": {
                "aws-iso-b-global": {
                    "description": "aws-iso-b global region"
                },
                "us-isob-east-1": {
                    "description": "US ISOB East (Ohio)"
                },
                "us-isob-west-1": {
                    "description": "US ISOB West"
                }
            }
        },
        {
            "id": "aws-iso-e",
            "outputs": {
                "dnsSuffix": "cloud.adc-e.uk",
                "dualStackDnsSuffix": "api.cloud-aws.adc-e.uk",
                "implicitGlobalRegion": "eu-isoe-west-1",
                "name": "aws-iso-e",
                "supportsDualStack": true,
                "supportsFIPS": true
            },
            "regionRegex": "^eu\\-isoe\\-\\w+\\-\\d+$",
            "regions": {
                "aws-iso-e-global": {
                    "description": "aws-iso-e global region"
                },
                "eu-isoe-west-1": {
                    "description": "EU ISOE West"
                }
            }
        },
        {
            "id": "aws-iso-f",
            "outputs": {
                "dnsSuffix": "csp.hci.ic.gov",
                "dualStackDnsSuffix": "api.aws.hci.ic.gov",
                "implicitGlobalRegion": "us-isof-south-1",
                "name": "aws-iso-f",
                "supportsDualStack": true,
                "supportsFIPS": true
            },
            "regionRegex": "^us\\-isof\\-\\w+\\-\\d+$",
            "regions": {
                "aws-iso-f-global": {
                    "description": "aws-iso-f global region"
                },
                "us-isof-east-1": {
                    "description": "US ISOF EAST"
                },
                "us-isof-south-1": {
                    "description": "US ISOF SOUTH"
                }
            }
        },
        {
            "id": "aws-us-gov",
            "outputs": {
                "dnsSuffix": "amazonaws.com",
                "dualStackDnsSuffix": "api.aws",
                "implicitGlobalRegion": "us-gov-west-1",
                "name": "aws-us-gov",
                "supportsDualStack": true,
                "supportsFIPS": true
            },
            "regionRegex": "^us\\-gov\\-\\w+\\-\\d+$",
            "regions": {
                "aws-us-gov-global": {
                    "description": "aws-us-gov global region"
                },
                "us-gov-east-1": {
                    "description": "AWS GovCloud (US-East)"
                },
                "us-gov-west-1": {
                    "description": "AWS GovCloud (US-West)"
                }
            }
        }
    ],
    "version": "1.1"
};

;// CONCATENATED MODULE: ../node_modules/@aws-sdk/core/dist-es/submodules/client/util-endpoints/lib/aws/partition.js

let selectedPartitionsInfo = partitions_partitionsInfo;
let selectedUserAgentPrefix = "";
const partition = (value) => {
    const { partitions } = selectedPartitionsInfo;
    for (const partition of partitions) {
        const { regions, outputs } = partition;
        for (const [region, regionData] of Object.entries(regions)) {
            if (region === value) {
                return {
                    ...outputs,
                    ...regionData,
                };
            }
        }
    }
    for (const partition of partitions) {
        const { regionRegex, outputs } = partition;
        if (new RegExp(regionRegex).test(value)) {
            return {
                ...outputs,
            };
        }
    }
    const DEFAULT_PARTITION = partitions.find((partition) => partition.id === "aws");
    if (!DEFAULT_PARTITION) {
        throw new Error("Provided region was not found in the partition array or regex," +
            " and default partition with id 'aws' doesn't exist.");
    }
    return {
        ...DEFAULT_PARTITION.outputs,
    };
};
const setPartitionInfo = (partitionsInfo, userAgentPrefix = "") => {
    selectedPartitionsInfo = partitionsInfo;
    selectedUserAgentPrefix = userAgentPrefix;
};
const useDefaultPartitionInfo = () => {
    setPartitionInfo(partitionsInfo, "");
};
const getUserAgentPrefix = () => selectedUserAgentPrefix;


/***/ }),

/***/ 7303:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  pf: () => (/* binding */ createDefaultUserAgentProvider)
});

// UNUSED EXPORTS: crtAvailability, defaultUserAgent

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
;// CONCATENATED MODULE: external "node:process"
const external_node_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");
;// CONCATENATED MODULE: ../node_modules/@aws-sdk/core/dist-es/submodules/client/util-user-agent-node/getRuntimeUserAgentPair.js

const getRuntimeUserAgentPair = () => {
    const runtimesToCheck = ["deno", "bun", "llrt"];
    for (const runtime of runtimesToCheck) {
        if (external_node_process_namespaceObject.versions[runtime]) {
            return [`md/${runtime}`, external_node_process_namespaceObject.versions[runtime]];
        }
    }
    return ["md/nodejs", external_node_process_namespaceObject.versions.node];
};

;// CONCATENATED MODULE: ../node_modules/@aws-sdk/core/dist-es/submodules/client/util-user-agent-node/crt-availability.js
const crtAvailability = {
    isCrtAvailable: false,
};

;// CONCATENATED MODULE: ../node_modules/@aws-sdk/core/dist-es/submodules/client/util-user-agent-node/is-crt-available.js

const isCrtAvailable = () => {
    if (crtAvailability.isCrtAvailable) {
        return ["md/crt-avail"];
    }
    return null;
};

;// CONCATENATED MODULE: ../node_modules/@aws-sdk/core/dist-es/submodules/client/util-user-agent-node/defaultUserAgent.js





const createDefaultUserAgentProvider = ({ serviceId, clientVersion }) => {
    const runtimeUserAgentPair = getRuntimeUserAgentPair();
    return async (config) => {
        const sections = [
            ["aws-sdk-js", clientVersion],
            ["ua", "2.1"],
            [`os/${(0,external_node_os_.platform)()}`, (0,external_node_os_.release)()],
            ["lang/js"],
            runtimeUserAgentPair,
        ];
        const crtAvailable = isCrtAvailable();
        if (crtAvailable) {
            sections.push(crtAvailable);
        }
        if (serviceId) {
            sections.push([`api/${serviceId}`, clientVersion]);
        }
        if (external_node_process_namespaceObject.env.AWS_EXECUTION_ENV) {
            sections.push([`exec-env/${external_node_process_namespaceObject.env.AWS_EXECUTION_ENV}`]);
        }
        const appId = await config?.userAgentAppId?.();
        const resolvedUserAgent = appId ? [...sections, [`app/${appId}`]] : [...sections];
        return resolvedUserAgent;
    };
};
const defaultUserAgent = (/* unused pure expression or super */ null && (createDefaultUserAgentProvider));


/***/ }),

/***/ 9670:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   hV: () => (/* binding */ NODE_APP_ID_CONFIG_OPTIONS)
/* harmony export */ });
/* unused harmony exports UA_APP_ID_ENV_NAME, UA_APP_ID_INI_NAME */
/* harmony import */ var _middleware_user_agent_configurations__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6868);

const UA_APP_ID_ENV_NAME = "AWS_SDK_UA_APP_ID";
const UA_APP_ID_INI_NAME = "sdk_ua_app_id";
const UA_APP_ID_INI_NAME_DEPRECATED = "sdk-ua-app-id";
const NODE_APP_ID_CONFIG_OPTIONS = {
    environmentVariableSelector: (env) => env[UA_APP_ID_ENV_NAME],
    configFileSelector: (profile) => profile[UA_APP_ID_INI_NAME] ?? profile[UA_APP_ID_INI_NAME_DEPRECATED],
    default: _middleware_user_agent_configurations__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_UA_APP_ID */ .b,
};


/***/ }),

/***/ 9752:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  f2: () => (/* binding */ AwsSdkSigV4Signer),
  pz: () => (/* binding */ validateSigningProperties)
});

// UNUSED EXPORTS: AWSSDKSigV4Signer

// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/transport/httpRequest.js
var transport_httpRequest = __nccwpck_require__(1871);
// EXTERNAL MODULE: ../node_modules/@smithy/types/dist-es/middleware.js
var middleware = __nccwpck_require__(876);
// EXTERNAL MODULE: ../node_modules/@aws-sdk/core/dist-es/submodules/httpAuthSchemes/utils/getSkewCorrectedDate.js
var getSkewCorrectedDate = __nccwpck_require__(1972);
// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/transport/httpResponse.js
var httpResponse = __nccwpck_require__(7291);
;// CONCATENATED MODULE: ../node_modules/@aws-sdk/core/dist-es/submodules/httpAuthSchemes/utils/getDateHeader.js

const getDateHeader = (response) => httpResponse/* HttpResponse */.c.isInstance(response) ? (response.headers?.date ?? response.headers?.Date) : undefined;
const getAgeHeader = (response) => httpResponse/* HttpResponse */.c.isInstance(response) ? (response.headers?.age ?? response.headers?.Age) : undefined;

;// CONCATENATED MODULE: ../node_modules/@aws-sdk/core/dist-es/submodules/httpAuthSchemes/utils/getUpdatedSystemClockOffset.js
const getUpdatedSystemClockOffset = (clockTime, currentSystemClockOffset, timeRequestSent, ageHeader) => {
    if (ageHeader !== undefined) {
        return currentSystemClockOffset;
    }
    const serverTime = Date.parse(clockTime);
    if (Number.isNaN(serverTime)) {
        return currentSystemClockOffset;
    }
    const timeResponseReceived = Date.now();
    if (timeRequestSent !== undefined && timeResponseReceived - timeRequestSent > 900_000) {
        return currentSystemClockOffset;
    }
    return serverTime - timeResponseReceived;
};

;// CONCATENATED MODULE: ../node_modules/@aws-sdk/core/dist-es/submodules/httpAuthSchemes/aws_sdk/AwsSdkSigV4Signer.js



const throwSigningPropertyError = (name, property) => {
    if (!property) {
        throw new Error(`Property \`${name}\` is not resolved for AWS SDK SigV4Auth`);
    }
    return property;
};
const hasEventStreamOutput = (signingProperties) => {
    const context = signingProperties.context;
    const eventStream = context?.[middleware/* SMITHY_CONTEXT_KEY */.V]
        ?.eventStream;
    return eventStream?.output === true;
};
const validateSigningProperties = async (signingProperties) => {
    const context = throwSigningPropertyError("context", signingProperties.context);
    const config = throwSigningPropertyError("config", signingProperties.config);
    const authScheme = context.endpointV2?.properties?.authSchemes?.[0];
    const signerFunction = throwSigningPropertyError("signer", config.signer);
    const signer = await signerFunction(authScheme);
    const signingRegion = signingProperties?.signingRegion;
    const signingRegionSet = signingProperties?.signingRegionSet;
    const signingName = signingProperties?.signingName;
    return {
        config,
        signer,
        signingRegion,
        signingRegionSet,
        signingName,
    };
};
class AwsSdkSigV4Signer {
    async sign(httpRequest, identity, signingProperties) {
        if (!transport_httpRequest/* HttpRequest */.K.isInstance(httpRequest)) {
            throw new Error("The request is not an instance of `HttpRequest` and cannot be signed");
        }
        const validatedProps = await validateSigningProperties(signingProperties);
        const { config, signer } = validatedProps;
        let { signingRegion, signingName } = validatedProps;
        const handlerExecutionContext = signingProperties.context;
        if (handlerExecutionContext?.authSchemes?.length ?? 0 > 1) {
            const [first, second] = handlerExecutionContext.authSchemes;
            if (first?.name === "sigv4a" && second?.name === "sigv4") {
                signingRegion = second?.signingRegion ?? signingRegion;
                signingName = second?.signingName ?? signingName;
            }
        }
        const noSkewCorrection = (await config.disableClockSkewCorrection?.()) === true;
        signingProperties._disableClockSkewCorrection = noSkewCorrection;
        const skipSkewSampling = noSkewCorrection || hasEventStreamOutput(signingProperties);
        signingProperties._skipClockSkewSampling = skipSkewSampling;
        if (!skipSkewSampling) {
            signingProperties._preRequestSystemClockOffset = config.systemClockOffset;
            signingProperties._requestSentAt = Date.now();
        }
        const signedRequest = await signer.sign(httpRequest, {
            signingDate: noSkewCorrection ? new Date() : (0,getSkewCorrectedDate/* getSkewCorrectedDate */.C)(config.systemClockOffset),
            signingRegion: signingRegion,
            signingService: signingName,
        });
        return signedRequest;
    }
    errorHandler(signingProperties) {
        return (error) => {
            const errorException = error;
            if (!signingProperties._skipClockSkewSampling && !signingProperties._disableClockSkewCorrection) {
                const serverTime = errorException.ServerTime ?? getDateHeader(errorException.$response);
                if (serverTime) {
                    const config = throwSigningPropertyError("config", signingProperties.config);
                    const preRequestOffset = signingProperties._preRequestSystemClockOffset;
                    const timeRequestSent = signingProperties._requestSentAt;
                    const ageHeader = getAgeHeader(errorException.$response);
                    const newOffset = getUpdatedSystemClockOffset(serverTime, config.systemClockOffset, timeRequestSent, ageHeader);
                    config.systemClockOffset = newOffset;
                    const skewExceedsThreshold = Math.abs(newOffset) >= 240_000;
                    const isLocalCorrection = newOffset !== preRequestOffset;
                    const isConcurrentCorrection = preRequestOffset !== undefined && preRequestOffset !== newOffset;
                    if (skewExceedsThreshold && (isLocalCorrection || isConcurrentCorrection) && errorException.$metadata) {
                        errorException.$metadata.clockSkewCorrected = true;
                    }
                }
            }
            throw error;
        };
    }
    successHandler(httpResponse, signingProperties) {
        if (signingProperties._skipClockSkewSampling || signingProperties._disableClockSkewCorrection) {
            return;
        }
        const dateHeader = getDateHeader(httpResponse);
        if (dateHeader) {
            const config = throwSigningPropertyError("config", signingProperties.config);
            const timeRequestSent = signingProperties._requestSentAt;
            const ageHeader = getAgeHeader(httpResponse);
            config.systemClockOffset = getUpdatedSystemClockOffset(dateHeader, config.systemClockOffset, timeRequestSent, ageHeader);
        }
    }
}
const AWSSDKSigV4Signer = (/* unused pure expression or super */ null && (AwsSdkSigV4Signer));


/***/ }),

/***/ 8898:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  $: () => (/* binding */ NODE_AUTH_SCHEME_PREFERENCE_OPTIONS)
});

;// CONCATENATED MODULE: ../node_modules/@aws-sdk/core/dist-es/submodules/httpAuthSchemes/utils/getArrayForCommaSeparatedString.js
const getArrayForCommaSeparatedString = (str) => typeof str === "string" && str.length > 0 ? str.split(",").map((item) => item.trim()) : [];

;// CONCATENATED MODULE: ../node_modules/@aws-sdk/core/dist-es/submodules/httpAuthSchemes/utils/getBearerTokenEnvKey.js
const getBearerTokenEnvKey = (signingName) => `AWS_BEARER_TOKEN_${signingName.replace(/[\s-]/g, "_").toUpperCase()}`;

;// CONCATENATED MODULE: ../node_modules/@aws-sdk/core/dist-es/submodules/httpAuthSchemes/aws_sdk/NODE_AUTH_SCHEME_PREFERENCE_OPTIONS.js


const NODE_AUTH_SCHEME_PREFERENCE_ENV_KEY = "AWS_AUTH_SCHEME_PREFERENCE";
const NODE_AUTH_SCHEME_PREFERENCE_CONFIG_KEY = "auth_scheme_preference";
const NODE_AUTH_SCHEME_PREFERENCE_OPTIONS = {
    environmentVariableSelector: (env, options) => {
        if (options?.signingName) {
            const bearerTokenKey = getBearerTokenEnvKey(options.signingName);
            if (bearerTokenKey in env) {
                return ["httpBearerAuth"];
            }
        }
        if (!(NODE_AUTH_SCHEME_PREFERENCE_ENV_KEY in env)) {
            return undefined;
        }
        return getArrayForCommaSeparatedString(env[NODE_AUTH_SCHEME_PREFERENCE_ENV_KEY]);
    },
    configFileSelector: (profile) => {
        if (!(NODE_AUTH_SCHEME_PREFERENCE_CONFIG_KEY in profile)) {
            return undefined;
        }
        return getArrayForCommaSeparatedString(profile[NODE_AUTH_SCHEME_PREFERENCE_CONFIG_KEY]);
    },
    default: [],
};


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  ho: () => (/* binding */ resolveAwsSdkSigV4Config)
});

// UNUSED EXPORTS: AWSSDKSigV4Signer, AwsSdkSigV4ASigner, AwsSdkSigV4Signer, NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, NODE_SIGV4A_CONFIG_OPTIONS, getBearerTokenEnvKey, resolveAWSSDKSigV4Config, resolveAwsSdkSigV4AConfig, validateSigningProperties

// EXTERNAL MODULE: ../node_modules/@aws-sdk/core/dist-es/submodules/client/setCredentialFeature.js
var setCredentialFeature = __nccwpck_require__(727);
// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/normalizeProvider.js
var normalizeProvider = __nccwpck_require__(1944);
;// CONCATENATED MODULE: ../node_modules/@smithy/core/dist-es/legacy-root-exports/util-identity-and-auth/memoizeIdentityProvider.js
const createIsIdentityExpiredFunction = (expirationMs) => function isIdentityExpired(identity) {
    return doesIdentityRequireRefresh(identity) && identity.expiration.getTime() - Date.now() < expirationMs;
};
const EXPIRATION_MS = 300_000;
const isIdentityExpired = createIsIdentityExpiredFunction(EXPIRATION_MS);
const doesIdentityRequireRefresh = (identity) => identity.expiration !== undefined;
const memoizeIdentityProvider = (provider, isExpired, requiresRefresh) => {
    if (provider === undefined) {
        return undefined;
    }
    const normalizedProvider = typeof provider !== "function" ? async () => Promise.resolve(provider) : provider;
    let resolved;
    let pending;
    let hasResult;
    let isConstant = false;
    const coalesceProvider = async (options) => {
        if (!pending) {
            pending = normalizedProvider(options);
        }
        try {
            resolved = await pending;
            hasResult = true;
            isConstant = false;
        }
        finally {
            pending = undefined;
        }
        return resolved;
    };
    if (isExpired === undefined) {
        return async (options) => {
            if (!hasResult || options?.forceRefresh) {
                resolved = await coalesceProvider(options);
            }
            return resolved;
        };
    }
    return async (options) => {
        if (!hasResult || options?.forceRefresh) {
            resolved = await coalesceProvider(options);
        }
        if (isConstant) {
            return resolved;
        }
        if (!requiresRefresh(resolved)) {
            isConstant = true;
            return resolved;
        }
        if (isExpired(resolved)) {
            await coalesceProvider(options);
            return resolved;
        }
        return resolved;
    };
};

// EXTERNAL MODULE: ../node_modules/@smithy/signature-v4/dist-es/SignatureV4.js + 11 modules
var SignatureV4 = __nccwpck_require__(8654);
;// CONCATENATED MODULE: ../node_modules/@aws-sdk/core/dist-es/submodules/httpAuthSchemes/aws_sdk/resolveAwsSdkSigV4Config.js



const bindResolveAwsSdkSigV4Config = (defaultDisableClockSkewCorrection) => (config) => {
    let inputCredentials = config.credentials;
    let isUserSupplied = !!config.credentials;
    let resolvedCredentials = undefined;
    Object.defineProperty(config, "credentials", {
        set(credentials) {
            if (credentials && credentials !== inputCredentials && credentials !== resolvedCredentials) {
                isUserSupplied = true;
            }
            inputCredentials = credentials;
            const memoizedProvider = normalizeCredentialProvider(config, {
                credentials: inputCredentials,
                credentialDefaultProvider: config.credentialDefaultProvider,
            });
            const boundProvider = bindCallerConfig(config, memoizedProvider);
            if (isUserSupplied && !boundProvider.attributed) {
                const isCredentialObject = typeof inputCredentials === "object" && inputCredentials !== null;
                resolvedCredentials = async (options) => {
                    const creds = await boundProvider(options);
                    const attributedCreds = creds;
                    if (isCredentialObject && (!attributedCreds.$source || Object.keys(attributedCreds.$source).length === 0)) {
                        return (0,setCredentialFeature/* setCredentialFeature */.g)(attributedCreds, "CREDENTIALS_CODE", "e");
                    }
                    return attributedCreds;
                };
                resolvedCredentials.memoized = boundProvider.memoized;
                resolvedCredentials.configBound = boundProvider.configBound;
                resolvedCredentials.attributed = true;
            }
            else {
                resolvedCredentials = boundProvider;
            }
        },
        get() {
            return resolvedCredentials;
        },
        enumerable: true,
        configurable: true,
    });
    config.credentials = inputCredentials;
    const { signingEscapePath = true, systemClockOffset = config.systemClockOffset || 0, sha256, } = config;
    let signer;
    if (config.signer) {
        signer = (0,normalizeProvider/* normalizeProvider */.t)(config.signer);
    }
    else if (config.regionInfoProvider) {
        signer = () => (0,normalizeProvider/* normalizeProvider */.t)(config.region)()
            .then(async (region) => [
            (await config.regionInfoProvider(region, {
                useFipsEndpoint: await config.useFipsEndpoint(),
                useDualstackEndpoint: await config.useDualstackEndpoint(),
            })) || {},
            region,
        ])
            .then(([regionInfo, region]) => {
            const { signingRegion, signingService } = regionInfo;
            config.signingRegion = config.signingRegion || signingRegion || region;
            config.signingName = config.signingName || signingService || config.serviceId;
            const params = {
                ...config,
                credentials: config.credentials,
                region: config.signingRegion,
                service: config.signingName,
                sha256,
                uriEscapePath: signingEscapePath,
            };
            const SignerCtor = config.signerConstructor || SignatureV4/* SignatureV4 */.B;
            return new SignerCtor(params);
        });
    }
    else {
        signer = async (authScheme) => {
            authScheme = Object.assign({}, {
                name: "sigv4",
                signingName: config.signingName || config.defaultSigningName,
                signingRegion: await (0,normalizeProvider/* normalizeProvider */.t)(config.region)(),
                properties: {},
            }, authScheme);
            const signingRegion = authScheme.signingRegion;
            const signingService = authScheme.signingName;
            config.signingRegion = config.signingRegion || signingRegion;
            config.signingName = config.signingName || signingService || config.serviceId;
            const params = {
                ...config,
                credentials: config.credentials,
                region: config.signingRegion,
                service: config.signingName,
                sha256,
                uriEscapePath: signingEscapePath,
            };
            const SignerCtor = config.signerConstructor || SignatureV4/* SignatureV4 */.B;
            return new SignerCtor(params);
        };
    }
    const resolvedConfig = Object.assign(config, {
        systemClockOffset,
        signingEscapePath,
        signer,
        disableClockSkewCorrection: (0,normalizeProvider/* normalizeProvider */.t)(config.disableClockSkewCorrection ?? defaultDisableClockSkewCorrection),
    });
    return resolvedConfig;
};
function normalizeCredentialProvider(config, { credentials, credentialDefaultProvider }) {
    let credentialsProvider;
    if (credentials) {
        if (!credentials?.memoized) {
            credentialsProvider = memoizeIdentityProvider(credentials, isIdentityExpired, doesIdentityRequireRefresh);
        }
        else {
            credentialsProvider = credentials;
        }
    }
    else {
        if (credentialDefaultProvider) {
            credentialsProvider = (0,normalizeProvider/* normalizeProvider */.t)(credentialDefaultProvider(Object.assign({}, config, {
                parentClientConfig: config,
            })));
        }
        else {
            credentialsProvider = async () => {
                throw new Error("@aws-sdk/core::resolveAwsSdkSigV4Config - `credentials` not provided and no credentialDefaultProvider was configured.");
            };
        }
    }
    credentialsProvider.memoized = true;
    return credentialsProvider;
}
function bindCallerConfig(config, credentialsProvider) {
    if (credentialsProvider.configBound) {
        return credentialsProvider;
    }
    const fn = async (options) => credentialsProvider({ ...options, callerClientConfig: config });
    fn.memoized = credentialsProvider.memoized;
    fn.configBound = true;
    return fn;
}

// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/config/node-config-provider/configLoader.js + 5 modules
var configLoader = __nccwpck_require__(3559);
// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/config/util-config-provider/booleanSelector.js
var booleanSelector = __nccwpck_require__(3348);
// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/config/util-config-provider/types.js
var types = __nccwpck_require__(3760);
;// CONCATENATED MODULE: ../node_modules/@aws-sdk/core/dist-es/submodules/httpAuthSchemes/aws_sdk/clock-skew-node-config.js

const ENV_DISABLE_CLOCK_SKEW_CORRECTION = "AWS_DISABLE_CLOCK_SKEW_CORRECTION";
const CONFIG_DISABLE_CLOCK_SKEW_CORRECTION = "disable_clock_skew_correction";
const NODE_DISABLE_CLOCK_SKEW_CORRECTION_CONFIG_OPTIONS = {
    environmentVariableSelector: (env) => (0,booleanSelector/* booleanSelector */.Q)(env, ENV_DISABLE_CLOCK_SKEW_CORRECTION, types/* SelectorType */.c.ENV),
    configFileSelector: (profile) => (0,booleanSelector/* booleanSelector */.Q)(profile, CONFIG_DISABLE_CLOCK_SKEW_CORRECTION, types/* SelectorType */.c.CONFIG),
    default: false,
};

;// CONCATENATED MODULE: ../node_modules/@aws-sdk/core/dist-es/submodules/httpAuthSchemes/aws_sdk/clock-skew-defaults.js


const DEFAULT_DISABLE_CLOCK_SKEW_CORRECTION = (0,configLoader/* loadConfig */.Z)(NODE_DISABLE_CLOCK_SKEW_CORRECTION_CONFIG_OPTIONS);

;// CONCATENATED MODULE: ../node_modules/@aws-sdk/core/dist-es/submodules/httpAuthSchemes/index.js




const resolveAwsSdkSigV4Config = bindResolveAwsSdkSigV4Config(DEFAULT_DISABLE_CLOCK_SKEW_CORRECTION);
const resolveAWSSDKSigV4Config = (/* unused pure expression or super */ null && (resolveAwsSdkSigV4Config));


/***/ }),

/***/ 1972:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ getSkewCorrectedDate)
/* harmony export */ });
const getSkewCorrectedDate = (systemClockOffset) => new Date(Date.now() + systemClockOffset);


/***/ }),

/***/ 8063:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ ProtocolLib)
/* harmony export */ });
/* harmony import */ var _smithy_core_client__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3441);
/* harmony import */ var _smithy_core_schema__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9835);
/* harmony import */ var _smithy_core_schema__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6627);


class ProtocolLib {
    queryCompat;
    errorRegistry;
    constructor(queryCompat = false) {
        this.queryCompat = queryCompat;
    }
    resolveRestContentType(defaultContentType, inputSchema) {
        const members = inputSchema.getMemberSchemas();
        const httpPayloadMember = Object.values(members).find((m) => {
            return !!m.getMergedTraits().httpPayload;
        });
        if (httpPayloadMember) {
            const mediaType = httpPayloadMember.getMergedTraits().mediaType;
            if (mediaType) {
                return mediaType;
            }
            else if (httpPayloadMember.isStringSchema()) {
                return "text/plain";
            }
            else if (httpPayloadMember.isBlobSchema()) {
                return "application/octet-stream";
            }
            else {
                return defaultContentType;
            }
        }
        else if (!inputSchema.isUnitSchema()) {
            const hasBody = Object.values(members).find((m) => {
                const { httpQuery, httpQueryParams, httpHeader, httpLabel, httpPrefixHeaders } = m.getMergedTraits();
                const noPrefixHeaders = httpPrefixHeaders === void 0;
                return !httpQuery && !httpQueryParams && !httpHeader && !httpLabel && noPrefixHeaders;
            });
            if (hasBody) {
                return defaultContentType;
            }
        }
    }
    async getErrorSchemaOrThrowBaseException(errorIdentifier, defaultNamespace, response, dataObject, metadata, getErrorSchema) {
        let errorName = errorIdentifier;
        if (errorIdentifier.includes("#")) {
            [, errorName] = errorIdentifier.split("#");
        }
        const errorMetadata = {
            $metadata: metadata,
            $fault: response.statusCode < 500 ? "client" : "server",
        };
        if (!this.errorRegistry) {
            throw new Error("@aws-sdk/core/protocols - error handler not initialized.");
        }
        try {
            const errorSchema = getErrorSchema?.(this.errorRegistry, errorName) ??
                this.errorRegistry.getSchema(errorIdentifier);
            return { errorSchema, errorMetadata };
        }
        catch (e) {
            dataObject.message = dataObject.message ?? dataObject.Message ?? "UnknownError";
            const synthetic = this.errorRegistry;
            const baseExceptionSchema = synthetic.getBaseException();
            if (baseExceptionSchema) {
                const ErrorCtor = synthetic.getErrorCtor(baseExceptionSchema) ?? Error;
                throw this.decorateServiceException(Object.assign(new ErrorCtor({ name: errorName }), errorMetadata), dataObject);
            }
            const d = dataObject;
            const message = d?.message ?? d?.Message ?? d?.Error?.Message ?? d?.Error?.message;
            throw this.decorateServiceException(Object.assign(new Error(message), {
                name: errorName,
            }, errorMetadata), dataObject);
        }
    }
    compose(composite, errorIdentifier, defaultNamespace) {
        let namespace = defaultNamespace;
        if (errorIdentifier.includes("#")) {
            [namespace] = errorIdentifier.split("#");
        }
        const staticRegistry = _smithy_core_schema__WEBPACK_IMPORTED_MODULE_0__/* .TypeRegistry */ .O.for(namespace);
        const defaultSyntheticRegistry = _smithy_core_schema__WEBPACK_IMPORTED_MODULE_0__/* .TypeRegistry */ .O.for("smithy.ts.sdk.synthetic." + defaultNamespace);
        composite.copyFrom(staticRegistry);
        composite.copyFrom(defaultSyntheticRegistry);
        this.errorRegistry = composite;
    }
    decorateServiceException(exception, additions = {}) {
        if (this.queryCompat) {
            const msg = exception.Message ?? additions.Message;
            const error = (0,_smithy_core_client__WEBPACK_IMPORTED_MODULE_1__/* .decorateServiceException */ .M)(exception, additions);
            if (msg) {
                error.message = msg;
            }
            const errorObj = error.Error ?? {};
            errorObj.Type = error.Error?.Type;
            errorObj.Code = error.Error?.Code;
            errorObj.Message = error.Error?.message ?? error.Error?.Message ?? msg;
            error.Error = errorObj;
            const reqId = error.$metadata.requestId;
            if (reqId) {
                error.RequestId = reqId;
            }
            return error;
        }
        return (0,_smithy_core_client__WEBPACK_IMPORTED_MODULE_1__/* .decorateServiceException */ .M)(exception, additions);
    }
    setQueryCompatError(output, response) {
        const queryErrorHeader = response.headers?.["x-amzn-query-error"];
        if (output !== undefined && queryErrorHeader != null) {
            const [Code, Type] = queryErrorHeader.split(";");
            const keys = Object.keys(output);
            const Error = {
                Code,
                Type,
            };
            output.Code = Code;
            output.Type = Type;
            for (let i = 0; i < keys.length; i++) {
                const k = keys[i];
                Error[k === "message" ? "Message" : k] = output[k];
            }
            delete Error.__type;
            output.Error = Error;
        }
    }
    queryCompatOutput(queryCompatErrorData, errorData) {
        if (queryCompatErrorData.Error) {
            errorData.Error = queryCompatErrorData.Error;
        }
        if (queryCompatErrorData.Type) {
            errorData.Type = queryCompatErrorData.Type;
        }
        if (queryCompatErrorData.Code) {
            errorData.Code = queryCompatErrorData.Code;
        }
    }
    findQueryCompatibleError(registry, errorName) {
        try {
            return registry.getSchema(errorName);
        }
        catch (e) {
            return registry.find((schema) => _smithy_core_schema__WEBPACK_IMPORTED_MODULE_2__/* .NormalizedSchema */ .l1.of(schema).getMergedTraits().awsQueryError?.[0] === errorName);
        }
    }
}


/***/ }),

/***/ 8741:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   pi: () => (/* binding */ ENV_SECRET),
/* harmony export */   sF: () => (/* binding */ fromEnv),
/* harmony export */   yG: () => (/* binding */ ENV_KEY)
/* harmony export */ });
/* unused harmony exports ENV_SESSION, ENV_EXPIRATION, ENV_CREDENTIAL_SCOPE, ENV_ACCOUNT_ID */
/* harmony import */ var _aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(727);
/* harmony import */ var _smithy_core_config__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9902);


const ENV_KEY = "AWS_ACCESS_KEY_ID";
const ENV_SECRET = "AWS_SECRET_ACCESS_KEY";
const ENV_SESSION = "AWS_SESSION_TOKEN";
const ENV_EXPIRATION = "AWS_CREDENTIAL_EXPIRATION";
const ENV_CREDENTIAL_SCOPE = "AWS_CREDENTIAL_SCOPE";
const ENV_ACCOUNT_ID = "AWS_ACCOUNT_ID";
const fromEnv = (init) => async () => {
    init?.logger?.debug("@aws-sdk/credential-provider-env - fromEnv");
    const accessKeyId = process.env[ENV_KEY];
    const secretAccessKey = process.env[ENV_SECRET];
    const sessionToken = process.env[ENV_SESSION];
    const expiry = process.env[ENV_EXPIRATION];
    const credentialScope = process.env[ENV_CREDENTIAL_SCOPE];
    const accountId = process.env[ENV_ACCOUNT_ID];
    if (accessKeyId && secretAccessKey) {
        const credentials = {
            accessKeyId,
            secretAccessKey,
            ...(sessionToken && { sessionToken }),
            ...(expiry && { expiration: new Date(expiry) }),
            ...(credentialScope && { credentialScope }),
            ...(accountId && { accountId }),
        };
        (0,_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_0__/* .setCredentialFeature */ .g)(credentials, "CREDENTIALS_ENV_VARS", "g");
        return credentials;
    }
    throw new _smithy_core_config__WEBPACK_IMPORTED_MODULE_1__/* .CredentialsProviderError */ .C("Unable to find environment variable credentials.", { logger: init?.logger });
};


/***/ }),

/***/ 1238:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


const PROTECTED_KEYS = {
    REQUEST_ID: Symbol.for("_AWS_LAMBDA_REQUEST_ID"),
    X_RAY_TRACE_ID: Symbol.for("_AWS_LAMBDA_X_RAY_TRACE_ID"),
    TENANT_ID: Symbol.for("_AWS_LAMBDA_TENANT_ID"),
    TRACEPARENT: Symbol.for("_AWS_LAMBDA_TRACEPARENT"),
    TRACESTATE: Symbol.for("_AWS_LAMBDA_TRACESTATE"),
    BAGGAGE: Symbol.for("_AWS_LAMBDA_BAGGAGE"),
};
const NO_GLOBAL_AWS_LAMBDA = ["true", "1"].includes(process.env?.AWS_LAMBDA_NODEJS_NO_GLOBAL_AWSLAMBDA ?? "");
if (!NO_GLOBAL_AWS_LAMBDA) {
    globalThis.awslambda = globalThis.awslambda || {};
}
class InvokeStoreBase {
    static PROTECTED_KEYS = PROTECTED_KEYS;
    isProtectedKey(key) {
        return Object.values(PROTECTED_KEYS).includes(key);
    }
    getRequestId() {
        return this.get(PROTECTED_KEYS.REQUEST_ID) ?? "-";
    }
    getXRayTraceId() {
        return this.get(PROTECTED_KEYS.X_RAY_TRACE_ID);
    }
    getTenantId() {
        return this.get(PROTECTED_KEYS.TENANT_ID);
    }
    getTraceparent() {
        return this.get(PROTECTED_KEYS.TRACEPARENT);
    }
    getTracestate() {
        return this.get(PROTECTED_KEYS.TRACESTATE);
    }
    getBaggage() {
        return this.get(PROTECTED_KEYS.BAGGAGE);
    }
}
class InvokeStoreSingle extends InvokeStoreBase {
    currentContext;
    getContext() {
        return this.currentContext;
    }
    hasContext() {
        return this.currentContext !== undefined;
    }
    get(key) {
        return this.currentContext?.[key];
    }
    set(key, value) {
        if (this.isProtectedKey(key)) {
            throw new Error(`Cannot modify protected Lambda context field: ${String(key)}`);
        }
        this.currentContext = this.currentContext || {};
        this.currentContext[key] = value;
    }
    run(context, fn) {
        this.currentContext = context;
        return fn();
    }
}
class InvokeStoreMulti extends InvokeStoreBase {
    als;
    static async create() {
        const instance = new InvokeStoreMulti();
        const asyncHooks = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 6698, 23));
        instance.als = new asyncHooks.AsyncLocalStorage();
        return instance;
    }
    getContext() {
        return this.als.getStore();
    }
    hasContext() {
        return this.als.getStore() !== undefined;
    }
    get(key) {
        return this.als.getStore()?.[key];
    }
    set(key, value) {
        if (this.isProtectedKey(key)) {
            throw new Error(`Cannot modify protected Lambda context field: ${String(key)}`);
        }
        const store = this.als.getStore();
        if (!store) {
            throw new Error("No context available");
        }
        store[key] = value;
    }
    run(context, fn) {
        return this.als.run(context, fn);
    }
}
exports.A = void 0;
(function (InvokeStore) {
    let instance = null;
    async function getInstanceAsync(forceInvokeStoreMulti) {
        if (!instance) {
            instance = (async () => {
                const isMulti = forceInvokeStoreMulti === true || "AWS_LAMBDA_MAX_CONCURRENCY" in process.env;
                const newInstance = isMulti
                    ? await InvokeStoreMulti.create()
                    : new InvokeStoreSingle();
                if (!NO_GLOBAL_AWS_LAMBDA && globalThis.awslambda?.InvokeStore) {
                    return globalThis.awslambda.InvokeStore;
                }
                else if (!NO_GLOBAL_AWS_LAMBDA && globalThis.awslambda) {
                    globalThis.awslambda.InvokeStore = newInstance;
                    return newInstance;
                }
                else {
                    return newInstance;
                }
            })();
        }
        return instance;
    }
    InvokeStore.getInstanceAsync = getInstanceAsync;
    InvokeStore._testing = process.env.AWS_LAMBDA_BENCHMARK_MODE === "1"
        ? {
            reset: () => {
                instance = null;
                if (globalThis.awslambda?.InvokeStore) {
                    delete globalThis.awslambda.InvokeStore;
                }
                globalThis.awslambda = { InvokeStore: undefined };
            },
        }
        : undefined;
})(exports.A || (exports.A = {}));

__webpack_unused_export__ = InvokeStoreBase;


/***/ }),

/***/ 7579:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  w: () => (/* binding */ getHttpAuthSchemeEndpointRuleSetPlugin)
});

// UNUSED EXPORTS: httpAuthSchemeEndpointRuleSetMiddlewareOptions

// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/transport/getSmithyContext.js
var getSmithyContext = __nccwpck_require__(3753);
;// CONCATENATED MODULE: ../node_modules/@smithy/core/dist-es/legacy-root-exports/middleware-http-auth-scheme/resolveAuthOptions.js
const resolveAuthOptions = (candidateAuthOptions, authSchemePreference) => {
    if (!authSchemePreference || authSchemePreference.length === 0) {
        return candidateAuthOptions;
    }
    const preferredAuthOptions = [];
    for (const preferredSchemeName of authSchemePreference) {
        for (const candidateAuthOption of candidateAuthOptions) {
            const candidateAuthSchemeName = candidateAuthOption.schemeId.split("#")[1];
            if (candidateAuthSchemeName === preferredSchemeName) {
                preferredAuthOptions.push(candidateAuthOption);
            }
        }
    }
    for (const candidateAuthOption of candidateAuthOptions) {
        if (!preferredAuthOptions.find(({ schemeId }) => schemeId === candidateAuthOption.schemeId)) {
            preferredAuthOptions.push(candidateAuthOption);
        }
    }
    return preferredAuthOptions;
};

;// CONCATENATED MODULE: ../node_modules/@smithy/core/dist-es/legacy-root-exports/middleware-http-auth-scheme/httpAuthSchemeMiddleware.js


function convertHttpAuthSchemesToMap(httpAuthSchemes) {
    const map = new Map();
    for (const scheme of httpAuthSchemes) {
        map.set(scheme.schemeId, scheme);
    }
    return map;
}
const httpAuthSchemeMiddleware = (config, mwOptions) => (next, context) => async (args) => {
    const options = config.httpAuthSchemeProvider(await mwOptions.httpAuthSchemeParametersProvider(config, context, args.input));
    const authSchemePreference = config.authSchemePreference ? await config.authSchemePreference() : [];
    const resolvedOptions = resolveAuthOptions(options, authSchemePreference);
    const authSchemes = convertHttpAuthSchemesToMap(config.httpAuthSchemes);
    const smithyContext = (0,getSmithyContext/* getSmithyContext */.u)(context);
    const failureReasons = [];
    for (const option of resolvedOptions) {
        const scheme = authSchemes.get(option.schemeId);
        if (!scheme) {
            failureReasons.push(`HttpAuthScheme \`${option.schemeId}\` was not enabled for this service.`);
            continue;
        }
        const identityProvider = scheme.identityProvider(await mwOptions.identityProviderConfigProvider(config));
        if (!identityProvider) {
            failureReasons.push(`HttpAuthScheme \`${option.schemeId}\` did not have an IdentityProvider configured.`);
            continue;
        }
        const { identityProperties = {}, signingProperties = {} } = option.propertiesExtractor?.(config, context) || {};
        option.identityProperties = Object.assign(option.identityProperties || {}, identityProperties);
        option.signingProperties = Object.assign(option.signingProperties || {}, signingProperties);
        smithyContext.selectedHttpAuthScheme = {
            httpAuthOption: option,
            identity: await identityProvider(option.identityProperties),
            signer: scheme.signer,
        };
        break;
    }
    if (!smithyContext.selectedHttpAuthScheme) {
        throw new Error(failureReasons.join("\n"));
    }
    return next(args);
};

;// CONCATENATED MODULE: ../node_modules/@smithy/core/dist-es/legacy-root-exports/middleware-http-auth-scheme/getHttpAuthSchemeEndpointRuleSetPlugin.js

const httpAuthSchemeEndpointRuleSetMiddlewareOptions = {
    step: "serialize",
    tags: ["HTTP_AUTH_SCHEME"],
    name: "httpAuthSchemeMiddleware",
    override: true,
    relation: "before",
    toMiddleware: "endpointV2Middleware",
};
const getHttpAuthSchemeEndpointRuleSetPlugin = (config, { httpAuthSchemeParametersProvider, identityProviderConfigProvider, }) => ({
    applyToStack: (clientStack) => {
        clientStack.addRelativeTo(httpAuthSchemeMiddleware(config, {
            httpAuthSchemeParametersProvider,
            identityProviderConfigProvider,
        }), httpAuthSchemeEndpointRuleSetMiddlewareOptions);
    },
});


/***/ }),

/***/ 2841:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  l: () => (/* binding */ getHttpSigningPlugin)
});

// UNUSED EXPORTS: httpSigningMiddlewareOptions

// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/transport/httpRequest.js
var httpRequest = __nccwpck_require__(1871);
// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/transport/getSmithyContext.js
var getSmithyContext = __nccwpck_require__(3753);
;// CONCATENATED MODULE: ../node_modules/@smithy/core/dist-es/legacy-root-exports/middleware-http-signing/httpSigningMiddleware.js


const defaultErrorHandler = (signingProperties) => (error) => {
    throw error;
};
const defaultSuccessHandler = (httpResponse, signingProperties) => { };
const httpSigningMiddleware = (config) => (next, context) => async (args) => {
    if (!httpRequest/* HttpRequest */.K.isInstance(args.request)) {
        return next(args);
    }
    const smithyContext = (0,getSmithyContext/* getSmithyContext */.u)(context);
    const scheme = smithyContext.selectedHttpAuthScheme;
    if (!scheme) {
        throw new Error(`No HttpAuthScheme was selected: unable to sign request`);
    }
    const { httpAuthOption: { signingProperties = {} }, identity, signer, } = scheme;
    const output = await next({
        ...args,
        request: await signer.sign(args.request, identity, signingProperties),
    }).catch((signer.errorHandler || defaultErrorHandler)(signingProperties));
    (signer.successHandler || defaultSuccessHandler)(output.response, signingProperties);
    return output;
};

;// CONCATENATED MODULE: ../node_modules/@smithy/core/dist-es/legacy-root-exports/middleware-http-signing/getHttpSigningMiddleware.js

const httpSigningMiddlewareOptions = {
    step: "finalizeRequest",
    tags: ["HTTP_SIGNING"],
    name: "httpSigningMiddleware",
    aliases: ["apiKeyMiddleware", "tokenMiddleware", "awsAuthMiddleware"],
    override: true,
    relation: "after",
    toMiddleware: "retryMiddleware",
};
const getHttpSigningPlugin = (config) => ({
    applyToStack: (clientStack) => {
        clientStack.addRelativeTo(httpSigningMiddleware(config), httpSigningMiddlewareOptions);
    },
});


/***/ }),

/***/ 9688:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ DefaultIdentityProviderConfig)
/* harmony export */ });
/* harmony import */ var _smithy_core_transport__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6852);

class DefaultIdentityProviderConfig {
    authSchemes = new Map();
    constructor(config) {
        for (const key in config) {
            if (!(0,_smithy_core_transport__WEBPACK_IMPORTED_MODULE_0__/* .hasOwn */ .$)(config, key)) {
                continue;
            }
            const value = config[key];
            if (value !== undefined) {
                this.authSchemes.set(key, value);
            }
        }
    }
    getIdentityProvider(schemeId) {
        return this.authSchemes.get(schemeId);
    }
}


/***/ }),

/***/ 1944:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ normalizeProvider)
/* harmony export */ });
const normalizeProvider = (input) => {
    if (typeof input === "function") {
        return input;
    }
    const promisified = Promise.resolve(input);
    return () => promisified;
};


/***/ }),

/***/ 2068:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  k: () => (/* binding */ Sha256Node)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/serde/util-utf8/toUint8Array.js
var toUint8Array = __nccwpck_require__(1821);
;// CONCATENATED MODULE: ../node_modules/@smithy/core/dist-es/submodules/checksum/sha256/Sha256Js.js

const BLOCK = 64;
const DIGEST_LENGTH = 32;
const MAX_HASHABLE_LENGTH = 2 ** 53 - 1;
class Sha256Js {
    digestLength = DIGEST_LENGTH;
    state = Int32Array.from(INIT);
    w;
    buffer = new Uint8Array(64);
    bufferLength = 0;
    bytesHashed = 0;
    finished = false;
    inner;
    outer;
    constructor(secret) {
        if (secret) {
            const key = Sha256Js.normalizeKey(secret);
            this.inner = new Sha256Js();
            this.outer = new Sha256Js();
            const { inner, outer } = this;
            const pad = new Uint8Array(BLOCK * 2);
            for (let i = 0; i < BLOCK; ++i) {
                pad[i] = 0x36 ^ key[i];
                pad[i + BLOCK] = 0x5c ^ key[i];
            }
            inner.update(pad.subarray(0, BLOCK));
            outer.update(pad.subarray(BLOCK));
        }
    }
    update(data) {
        if (this.finished) {
            throw new Error("Attempted to update an already finished HMAC.");
        }
        if (this.inner) {
            this.inner.update(data);
            return;
        }
        const chunk = (0,toUint8Array/* toUint8Array */.F)(data);
        let position = 0;
        let { byteLength } = chunk;
        this.bytesHashed += byteLength;
        if (this.bytesHashed * 8 > MAX_HASHABLE_LENGTH) {
            throw new Error("Cannot hash more than 2^53 - 1 bits");
        }
        while (byteLength > 0) {
            this.buffer[this.bufferLength++] = chunk[position++];
            byteLength--;
            if (this.bufferLength === BLOCK) {
                this.hashBuffer();
                this.bufferLength = 0;
            }
        }
    }
    async digest() {
        const { inner, outer } = this;
        if (inner && outer) {
            if (this.finished) {
                throw new Error("Attempted to digest an already finished HMAC.");
            }
            this.finished = true;
            const innerDigest = inner.digestSync();
            outer.update(innerDigest);
            return outer.digestSync();
        }
        return this.digestSync();
    }
    reset() {
        this.state = Int32Array.from(INIT);
        this.buffer = new Uint8Array(64);
        this.bufferLength = 0;
        this.bytesHashed = 0;
    }
    digestSync() {
        const state = this.state.slice();
        const buffer = this.buffer.slice();
        let bufferLength = this.bufferLength;
        const bitsHashed = this.bytesHashed * 8;
        const bufferView = new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength);
        bufferView.setUint8(bufferLength++, 0x80);
        if ((bufferLength - 1) % BLOCK >= BLOCK - 8) {
            for (let i = bufferLength; i < BLOCK; ++i) {
                bufferView.setUint8(i, 0);
            }
            this.hashBufferWith(state, buffer);
            bufferLength = 0;
        }
        for (let i = bufferLength; i < BLOCK - 8; ++i) {
            bufferView.setUint8(i, 0);
        }
        bufferView.setUint32(BLOCK - 8, Math.floor(bitsHashed / 0x100000000), false);
        bufferView.setUint32(BLOCK - 4, bitsHashed, false);
        this.hashBufferWith(state, buffer);
        const out = new Uint8Array(DIGEST_LENGTH);
        for (let i = 0; i < 8; ++i) {
            out[i * 4] = (state[i] >>> 24) & 0xff;
            out[i * 4 + 1] = (state[i] >>> 16) & 0xff;
            out[i * 4 + 2] = (state[i] >>> 8) & 0xff;
            out[i * 4 + 3] = (state[i] >>> 0) & 0xff;
        }
        return out;
    }
    static normalizeKey(secret) {
        const key = (0,toUint8Array/* toUint8Array */.F)(secret);
        if (key.byteLength > BLOCK) {
            const h = new Sha256Js();
            h.update(key);
            const out = h.digestSync();
            const padded = new Uint8Array(BLOCK);
            padded.set(out);
            return padded;
        }
        if (key.byteLength < BLOCK) {
            const padded = new Uint8Array(BLOCK);
            padded.set(key);
            return padded;
        }
        return key;
    }
    hashBuffer() {
        this.hashBufferWith(this.state, this.buffer);
    }
    hashBufferWith(state, buffer) {
        const w = (this.w ??= new Int32Array(64));
        let s0 = state[0], s1 = state[1], s2 = state[2], s3 = state[3], s4 = state[4], s5 = state[5], s6 = state[6], s7 = state[7];
        for (let i = 0; i < BLOCK; ++i) {
            if (i < 16) {
                w[i] =
                    ((buffer[i * 4] & 0xff) << 24) |
                        ((buffer[i * 4 + 1] & 0xff) << 16) |
                        ((buffer[i * 4 + 2] & 0xff) << 8) |
                        (buffer[i * 4 + 3] & 0xff);
            }
            else {
                let u = w[i - 2];
                const t1 = ((u >>> 17) | (u << 15)) ^ ((u >>> 19) | (u << 13)) ^ (u >>> 10);
                u = w[i - 15];
                const t2 = ((u >>> 7) | (u << 25)) ^ ((u >>> 18) | (u << 14)) ^ (u >>> 3);
                w[i] = ((t1 + w[i - 7]) | 0) + ((t2 + w[i - 16]) | 0);
            }
            const t1 = ((((((s4 >>> 6) | (s4 << 26)) ^ ((s4 >>> 11) | (s4 << 21)) ^ ((s4 >>> 25) | (s4 << 7))) +
                ((s4 & s5) ^ (~s4 & s6))) |
                0) +
                ((s7 + ((K[i] + w[i]) | 0)) | 0)) |
                0;
            const t2 = ((((s0 >>> 2) | (s0 << 30)) ^ ((s0 >>> 13) | (s0 << 19)) ^ ((s0 >>> 22) | (s0 << 10))) +
                ((s0 & s1) ^ (s0 & s2) ^ (s1 & s2))) |
                0;
            s7 = s6;
            s6 = s5;
            s5 = s4;
            s4 = (s3 + t1) | 0;
            s3 = s2;
            s2 = s1;
            s1 = s0;
            s0 = (t1 + t2) | 0;
        }
        state[0] += s0;
        state[1] += s1;
        state[2] += s2;
        state[3] += s3;
        state[4] += s4;
        state[5] += s5;
        state[6] += s6;
        state[7] += s7;
    }
}
const INIT = new Int32Array([
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
]);
const K = new Int32Array([
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);

;// CONCATENATED MODULE: ../node_modules/@smithy/core/dist-es/submodules/checksum/sha256/Sha256Node.js


const hasNativeCrypto = (() => {
    try {
        (0,external_node_crypto_.createHash)("sha256");
        return true;
    }
    catch {
        return false;
    }
})();
const Sha256Node = hasNativeCrypto ? buildNativeClass() : Sha256Js;
function buildNativeClass() {
    return class Sha256Node {
        digestLength = 32;
        secret;
        hash;
        isHmac;
        finished = false;
        constructor(secret) {
            this.secret = secret;
            this.isHmac = !!secret;
            this.hash = this.createHash();
        }
        update(data) {
            if (this.finished) {
                throw new Error("Attempted to update an already finished hash.");
            }
            this.hash.update(data);
        }
        async digest() {
            let buf;
            if (this.isHmac) {
                this.finished = true;
                buf = this.hash.digest();
            }
            else {
                buf = this.hash.copy().digest();
            }
            return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
        }
        reset() {
            this.hash = this.createHash();
            this.finished = false;
        }
        createHash() {
            return this.secret ? (0,external_node_crypto_.createHmac)("sha256", toBuffer(this.secret)) : (0,external_node_crypto_.createHash)("sha256");
        }
    };
}
function toBuffer(data) {
    if (typeof data === "string") {
        return data;
    }
    if (ArrayBuffer.isView(data)) {
        return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    }
    return Buffer.from(data);
}


/***/ }),

/***/ 5661:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ constructStack)
/* harmony export */ });
const getAllAliases = (name, aliases) => {
    const _aliases = [];
    if (name) {
        _aliases.push(name);
    }
    if (aliases) {
        for (const alias of aliases) {
            _aliases.push(alias);
        }
    }
    return _aliases;
};
const getMiddlewareNameWithAliases = (name, aliases) => {
    return `${name || "anonymous"}${aliases && aliases.length > 0 ? ` (a.k.a. ${aliases.join(",")})` : ""}`;
};
const constructStack = () => {
    let absoluteEntries = [];
    let relativeEntries = [];
    let identifyOnResolve = false;
    const entriesNameSet = new Set();
    const sort = (entries) => entries.sort((a, b) => stepWeights[b.step] - stepWeights[a.step] ||
        priorityWeights[b.priority || "normal"] - priorityWeights[a.priority || "normal"]);
    const removeByName = (toRemove) => {
        let isRemoved = false;
        const filterCb = (entry) => {
            const aliases = getAllAliases(entry.name, entry.aliases);
            if (aliases.includes(toRemove)) {
                isRemoved = true;
                for (const alias of aliases) {
                    entriesNameSet.delete(alias);
                }
                return false;
            }
            return true;
        };
        absoluteEntries = absoluteEntries.filter(filterCb);
        relativeEntries = relativeEntries.filter(filterCb);
        return isRemoved;
    };
    const removeByReference = (toRemove) => {
        let isRemoved = false;
        const filterCb = (entry) => {
            if (entry.middleware === toRemove) {
                isRemoved = true;
                for (const alias of getAllAliases(entry.name, entry.aliases)) {
                    entriesNameSet.delete(alias);
                }
                return false;
            }
            return true;
        };
        absoluteEntries = absoluteEntries.filter(filterCb);
        relativeEntries = relativeEntries.filter(filterCb);
        return isRemoved;
    };
    const cloneTo = (toStack) => {
        absoluteEntries.forEach((entry) => {
            toStack.add(entry.middleware, { ...entry });
        });
        relativeEntries.forEach((entry) => {
            toStack.addRelativeTo(entry.middleware, { ...entry });
        });
        toStack.identifyOnResolve?.(stack.identifyOnResolve());
        return toStack;
    };
    const expandRelativeMiddlewareList = (from) => {
        const expandedMiddlewareList = [];
        from.before.forEach((entry) => {
            if (entry.before.length === 0 && entry.after.length === 0) {
                expandedMiddlewareList.push(entry);
            }
            else {
                expandedMiddlewareList.push(...expandRelativeMiddlewareList(entry));
            }
        });
        expandedMiddlewareList.push(from);
        from.after.reverse().forEach((entry) => {
            if (entry.before.length === 0 && entry.after.length === 0) {
                expandedMiddlewareList.push(entry);
            }
            else {
                expandedMiddlewareList.push(...expandRelativeMiddlewareList(entry));
            }
        });
        return expandedMiddlewareList;
    };
    const getMiddlewareList = (debug = false) => {
        const normalizedAbsoluteEntries = [];
        const normalizedRelativeEntries = [];
        const normalizedEntriesNameMap = {};
        absoluteEntries.forEach((entry) => {
            const normalizedEntry = {
                ...entry,
                before: [],
                after: [],
            };
            for (const alias of getAllAliases(normalizedEntry.name, normalizedEntry.aliases)) {
                normalizedEntriesNameMap[alias] = normalizedEntry;
            }
            normalizedAbsoluteEntries.push(normalizedEntry);
        });
        relativeEntries.forEach((entry) => {
            const normalizedEntry = {
                ...entry,
                before: [],
                after: [],
            };
            for (const alias of getAllAliases(normalizedEntry.name, normalizedEntry.aliases)) {
                normalizedEntriesNameMap[alias] = normalizedEntry;
            }
            normalizedRelativeEntries.push(normalizedEntry);
        });
        normalizedRelativeEntries.forEach((entry) => {
            if (entry.toMiddleware) {
                const toMiddleware = normalizedEntriesNameMap[entry.toMiddleware];
                if (toMiddleware === undefined) {
                    if (debug) {
                        return;
                    }
                    throw new Error(`${entry.toMiddleware} is not found when adding ` +
                        `${getMiddlewareNameWithAliases(entry.name, entry.aliases)} ` +
                        `middleware ${entry.relation} ${entry.toMiddleware}`);
                }
                if (entry.relation === "after") {
                    toMiddleware.after.push(entry);
                }
                if (entry.relation === "before") {
                    toMiddleware.before.push(entry);
                }
            }
        });
        const mainChain = sort(normalizedAbsoluteEntries)
            .map(expandRelativeMiddlewareList)
            .reduce((wholeList, expandedMiddlewareList) => {
            wholeList.push(...expandedMiddlewareList);
            return wholeList;
        }, []);
        return mainChain;
    };
    const stack = {
        add: (middleware, options = {}) => {
            const { name, override, aliases: _aliases } = options;
            const entry = {
                step: "initialize",
                priority: "normal",
                middleware,
                ...options,
            };
            const aliases = getAllAliases(name, _aliases);
            if (aliases.length > 0) {
                if (aliases.some((alias) => entriesNameSet.has(alias))) {
                    if (!override) {
                        throw new Error(`Duplicate middleware name '${getMiddlewareNameWithAliases(name, _aliases)}'`);
                    }
                    for (const alias of aliases) {
                        const toOverrideIndex = absoluteEntries.findIndex((entry) => entry.name === alias || entry.aliases?.some((a) => a === alias));
                        if (toOverrideIndex === -1) {
                            continue;
                        }
                        const toOverride = absoluteEntries[toOverrideIndex];
                        if (toOverride.step !== entry.step || entry.priority !== toOverride.priority) {
                            throw new Error(`"${getMiddlewareNameWithAliases(toOverride.name, toOverride.aliases)}" middleware with ` +
                                `${toOverride.priority} priority in ${toOverride.step} step cannot ` +
                                `be overridden by "${getMiddlewareNameWithAliases(name, _aliases)}" middleware with ` +
                                `${entry.priority} priority in ${entry.step} step.`);
                        }
                        absoluteEntries.splice(toOverrideIndex, 1);
                    }
                }
                for (const alias of aliases) {
                    entriesNameSet.add(alias);
                }
            }
            absoluteEntries.push(entry);
        },
        addRelativeTo: (middleware, options) => {
            const { name, override, aliases: _aliases } = options;
            const entry = {
                middleware,
                ...options,
            };
            const aliases = getAllAliases(name, _aliases);
            if (aliases.length > 0) {
                if (aliases.some((alias) => entriesNameSet.has(alias))) {
                    if (!override) {
                        throw new Error(`Duplicate middleware name '${getMiddlewareNameWithAliases(name, _aliases)}'`);
                    }
                    for (const alias of aliases) {
                        const toOverrideIndex = relativeEntries.findIndex((entry) => entry.name === alias || entry.aliases?.some((a) => a === alias));
                        if (toOverrideIndex === -1) {
                            continue;
                        }
                        const toOverride = relativeEntries[toOverrideIndex];
                        if (toOverride.toMiddleware !== entry.toMiddleware || toOverride.relation !== entry.relation) {
                            throw new Error(`"${getMiddlewareNameWithAliases(toOverride.name, toOverride.aliases)}" middleware ` +
                                `${toOverride.relation} "${toOverride.toMiddleware}" middleware cannot be overridden ` +
                                `by "${getMiddlewareNameWithAliases(name, _aliases)}" middleware ${entry.relation} ` +
                                `"${entry.toMiddleware}" middleware.`);
                        }
                        relativeEntries.splice(toOverrideIndex, 1);
                    }
                }
                for (const alias of aliases) {
                    entriesNameSet.add(alias);
                }
            }
            relativeEntries.push(entry);
        },
        clone: () => cloneTo(constructStack()),
        use: (plugin) => {
            plugin.applyToStack(stack);
        },
        remove: (toRemove) => {
            if (typeof toRemove === "string") {
                return removeByName(toRemove);
            }
            else {
                return removeByReference(toRemove);
            }
        },
        removeByTag: (toRemove) => {
            let isRemoved = false;
            const filterCb = (entry) => {
                const { tags, name, aliases: _aliases } = entry;
                if (tags && tags.includes(toRemove)) {
                    const aliases = getAllAliases(name, _aliases);
                    for (const alias of aliases) {
                        entriesNameSet.delete(alias);
                    }
                    isRemoved = true;
                    return false;
                }
                return true;
            };
            absoluteEntries = absoluteEntries.filter(filterCb);
            relativeEntries = relativeEntries.filter(filterCb);
            return isRemoved;
        },
        concat: (from) => {
            const cloned = cloneTo(constructStack());
            cloned.use(from);
            cloned.identifyOnResolve(identifyOnResolve || cloned.identifyOnResolve() || (from.identifyOnResolve?.() ?? false));
            return cloned;
        },
        applyToStack: cloneTo,
        identify: () => {
            return getMiddlewareList(true).map((mw) => {
                const step = mw.step ??
                    mw.relation +
                        " " +
                        mw.toMiddleware;
                return getMiddlewareNameWithAliases(mw.name, mw.aliases) + " - " + step;
            });
        },
        identifyOnResolve(toggle) {
            if (typeof toggle === "boolean") {
                identifyOnResolve = toggle;
            }
            return identifyOnResolve;
        },
        resolve: (handler, context) => {
            for (const middleware of getMiddlewareList()
                .map((entry) => entry.middleware)
                .reverse()) {
                handler = middleware(handler, context);
            }
            if (identifyOnResolve) {
                console.log(stack.identify());
            }
            return handler;
        },
    };
    return stack;
};
const stepWeights = {
    initialize: 5,
    serialize: 4,
    build: 3,
    finalizeRequest: 2,
    deserialize: 1,
};
const priorityWeights = {
    high: 3,
    normal: 2,
    low: 1,
};


/***/ }),

/***/ 51:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ NoOpLogger)
/* harmony export */ });
class NoOpLogger {
    trace() { }
    debug() { }
    info() { }
    warn() { }
    error() { }
}


/***/ }),

/***/ 5747:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  k: () => (/* binding */ makeBuilder)
});

// EXTERNAL MODULE: ../node_modules/@smithy/types/dist-es/middleware.js
var middleware = __nccwpck_require__(876);
// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/client/middleware-stack/MiddlewareStack.js
var MiddlewareStack = __nccwpck_require__(5661);
// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/schema/schemas/NormalizedSchema.js
var NormalizedSchema = __nccwpck_require__(6627);
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

/***/ 7860:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ Client)
/* harmony export */ });
/* harmony import */ var _middleware_stack_MiddlewareStack__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5661);

class Client {
    config;
    middlewareStack = (0,_middleware_stack_MiddlewareStack__WEBPACK_IMPORTED_MODULE_0__/* .constructStack */ .o)();
    initConfig;
    handlers;
    constructor(config) {
        this.config = config;
        const { protocol, protocolSettings } = config;
        if (protocolSettings) {
            if (typeof protocol === "function") {
                config.protocol = new protocol(protocolSettings);
            }
        }
    }
    send(command, optionsOrCb, cb) {
        const options = typeof optionsOrCb !== "function" ? optionsOrCb : undefined;
        const callback = typeof optionsOrCb === "function" ? optionsOrCb : cb;
        const useHandlerCache = options === undefined && this.config.cacheMiddleware === true;
        let handler;
        if (useHandlerCache) {
            if (!this.handlers) {
                this.handlers = new WeakMap();
            }
            const handlers = this.handlers;
            if (handlers.has(command.constructor)) {
                handler = handlers.get(command.constructor);
            }
            else {
                handler = command.resolveMiddleware(this.middlewareStack, this.config, options);
                handlers.set(command.constructor, handler);
            }
        }
        else {
            delete this.handlers;
            handler = command.resolveMiddleware(this.middlewareStack, this.config, options);
        }
        if (callback) {
            handler(command)
                .then((result) => callback(null, result.output), (err) => callback(err))
                .catch(() => { });
        }
        else {
            return handler(command).then((result) => result.output);
        }
    }
    destroy() {
        this.config?.requestHandler?.destroy?.();
        delete this.handlers;
    }
}


/***/ }),

/***/ 7613:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ loadConfigsForDefaultMode)
/* harmony export */ });
const loadConfigsForDefaultMode = (mode) => {
    switch (mode) {
        case "standard":
            return {
                retryMode: "standard",
                connectionTimeout: 3100,
            };
        case "in-region":
            return {
                retryMode: "standard",
                connectionTimeout: 1100,
            };
        case "cross-region":
            return {
                retryMode: "standard",
                connectionTimeout: 3100,
            };
        case "mobile":
            return {
                retryMode: "standard",
                connectionTimeout: 30000,
            };
        default:
            return {};
    }
};


/***/ }),

/***/ 3816:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ emitWarningIfUnsupportedVersion)
/* harmony export */ });
let warningEmitted = false;
const emitWarningIfUnsupportedVersion = (version) => {
    if (version && !warningEmitted && parseInt(version.substring(1, version.indexOf("."))) < 16) {
        warningEmitted = true;
    }
};


/***/ }),

/***/ 3441:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ decorateServiceException),
/* harmony export */   T: () => (/* binding */ ServiceException)
/* harmony export */ });
class ServiceException extends Error {
    static shapeId = "smithy.ts.sdk.synthetic.nonamespace.client#ServiceException";
    $fault;
    $response;
    $retryable;
    $metadata;
    constructor(options) {
        super(options.message);
        Object.setPrototypeOf(this, Object.getPrototypeOf(this).constructor.prototype);
        this.name = options.name;
        this.$fault = options.$fault;
        this.$metadata = options.$metadata;
    }
    static isInstance(value) {
        if (!value) {
            return false;
        }
        const candidate = value;
        return (ServiceException.prototype.isPrototypeOf(candidate) ||
            (Boolean(candidate.$fault) &&
                Boolean(candidate.$metadata) &&
                (candidate.$fault === "client" || candidate.$fault === "server")));
    }
    static [Symbol.hasInstance](instance) {
        if (!instance) {
            return false;
        }
        const candidate = instance;
        if (this === ServiceException) {
            return ServiceException.isInstance(instance);
        }
        if (ServiceException.isInstance(instance)) {
            if (this.prototype.isPrototypeOf(instance)) {
                return true;
            }
            const targetId = Object.prototype.hasOwnProperty.call(this, "shapeId")
                ? this.shapeId
                : undefined;
            let candidateHasShapeId = false;
            if (targetId) {
                let proto = Object.getPrototypeOf(candidate);
                while (proto && proto !== Object.prototype) {
                    const ctor = proto.constructor;
                    const candidateId = ctor !== ServiceException && Object.prototype.hasOwnProperty.call(ctor, "shapeId")
                        ? ctor?.shapeId
                        : undefined;
                    if (candidateId) {
                        candidateHasShapeId = true;
                        if (candidateId === targetId) {
                            return true;
                        }
                    }
                    proto = Object.getPrototypeOf(proto);
                }
            }
            if (targetId && candidateHasShapeId) {
                return false;
            }
            const targetName = this.name;
            if (targetName && targetName.length >= 6) {
                if (candidate.name === targetName) {
                    return true;
                }
                let proto = Object.getPrototypeOf(candidate);
                while (proto && proto !== Object.prototype) {
                    const ctorName = proto.constructor?.name;
                    if (ctorName && ctorName !== "Error" && ctorName === targetName) {
                        return true;
                    }
                    proto = Object.getPrototypeOf(proto);
                }
            }
        }
        return false;
    }
}
const decorateServiceException = (exception, additions = {}) => {
    Object.entries(additions)
        .filter(([, v]) => v !== undefined)
        .forEach(([k, v]) => {
        if (exception[k] == undefined || exception[k] === "") {
            exception[k] = v;
        }
    });
    const message = exception.message || exception.Message || "UnknownError";
    exception.message = message;
    delete exception.Message;
    return exception;
};


/***/ }),

/***/ 2061:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  xA: () => (/* binding */ getDefaultExtensionConfiguration),
  uv: () => (/* binding */ resolveDefaultRuntimeConfig)
});

// UNUSED EXPORTS: getDefaultClientConfiguration

// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/transport/hasOwn.js
var hasOwn = __nccwpck_require__(6852);
;// CONCATENATED MODULE: ../node_modules/@smithy/types/dist-es/extensions/checksum.js
var AlgorithmId;
(function (AlgorithmId) {
    AlgorithmId["MD5"] = "md5";
    AlgorithmId["CRC32"] = "crc32";
    AlgorithmId["CRC32C"] = "crc32c";
    AlgorithmId["SHA1"] = "sha1";
    AlgorithmId["SHA256"] = "sha256";
})(AlgorithmId || (AlgorithmId = {}));
const getChecksumConfiguration = (runtimeConfig) => {
    const checksumAlgorithms = [];
    if (runtimeConfig.sha256 !== undefined) {
        checksumAlgorithms.push({
            algorithmId: () => AlgorithmId.SHA256,
            checksumConstructor: () => runtimeConfig.sha256,
        });
    }
    if (runtimeConfig.md5 != undefined) {
        checksumAlgorithms.push({
            algorithmId: () => AlgorithmId.MD5,
            checksumConstructor: () => runtimeConfig.md5,
        });
    }
    return {
        addChecksumAlgorithm(algo) {
            checksumAlgorithms.push(algo);
        },
        checksumAlgorithms() {
            return checksumAlgorithms;
        },
    };
};
const resolveChecksumRuntimeConfig = (clientConfig) => {
    const runtimeConfig = {};
    clientConfig.checksumAlgorithms().forEach((checksumAlgorithm) => {
        runtimeConfig[checksumAlgorithm.algorithmId()] = checksumAlgorithm.checksumConstructor();
    });
    return runtimeConfig;
};

;// CONCATENATED MODULE: ../node_modules/@smithy/core/dist-es/submodules/client/smithy-client/extensions/checksum.js



const knownAlgorithms = Object.values(AlgorithmId);
const checksum_getChecksumConfiguration = (runtimeConfig) => {
    const checksumAlgorithms = [];
    for (const id in AlgorithmId) {
        if (!(0,hasOwn/* hasOwn */.$)(AlgorithmId, id)) {
            continue;
        }
        const algorithmId = AlgorithmId[id];
        if (runtimeConfig[algorithmId] === undefined) {
            continue;
        }
        checksumAlgorithms.push({
            algorithmId: () => algorithmId,
            checksumConstructor: () => runtimeConfig[algorithmId],
        });
    }
    for (const [id, ChecksumCtor] of Object.entries(runtimeConfig.checksumAlgorithms ?? {})) {
        checksumAlgorithms.push({
            algorithmId: () => id,
            checksumConstructor: () => ChecksumCtor,
        });
    }
    return {
        addChecksumAlgorithm(algo) {
            runtimeConfig.checksumAlgorithms = runtimeConfig.checksumAlgorithms ?? {};
            const id = algo.algorithmId();
            const ctor = algo.checksumConstructor();
            if (knownAlgorithms.includes(id)) {
                runtimeConfig.checksumAlgorithms[id.toUpperCase()] = ctor;
            }
            else {
                runtimeConfig.checksumAlgorithms[id] = ctor;
            }
            checksumAlgorithms.push(algo);
        },
        checksumAlgorithms() {
            return checksumAlgorithms;
        },
    };
};
const checksum_resolveChecksumRuntimeConfig = (clientConfig) => {
    const runtimeConfig = {};
    clientConfig.checksumAlgorithms().forEach((checksumAlgorithm) => {
        const id = checksumAlgorithm.algorithmId();
        if (knownAlgorithms.includes(id)) {
            runtimeConfig[id] = checksumAlgorithm.checksumConstructor();
        }
    });
    return runtimeConfig;
};

;// CONCATENATED MODULE: ../node_modules/@smithy/core/dist-es/submodules/client/smithy-client/extensions/retry.js
const getRetryConfiguration = (runtimeConfig) => {
    return {
        setRetryStrategy(retryStrategy) {
            runtimeConfig.retryStrategy = retryStrategy;
        },
        retryStrategy() {
            return runtimeConfig.retryStrategy;
        },
    };
};
const resolveRetryRuntimeConfig = (retryStrategyConfiguration) => {
    const runtimeConfig = {};
    runtimeConfig.retryStrategy = retryStrategyConfiguration.retryStrategy();
    return runtimeConfig;
};

;// CONCATENATED MODULE: ../node_modules/@smithy/core/dist-es/submodules/client/smithy-client/extensions/defaultExtensionConfiguration.js


const getDefaultExtensionConfiguration = (runtimeConfig) => {
    return Object.assign(checksum_getChecksumConfiguration(runtimeConfig), getRetryConfiguration(runtimeConfig));
};
const getDefaultClientConfiguration = (/* unused pure expression or super */ null && (getDefaultExtensionConfiguration));
const resolveDefaultRuntimeConfig = (config) => {
    return Object.assign(checksum_resolveChecksumRuntimeConfig(config), resolveRetryRuntimeConfig(config));
};


/***/ }),

/***/ 2766:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   e$: () => (/* binding */ NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS)
/* harmony export */ });
/* unused harmony exports ENV_USE_DUALSTACK_ENDPOINT, CONFIG_USE_DUALSTACK_ENDPOINT, DEFAULT_USE_DUALSTACK_ENDPOINT, nodeDualstackConfigSelectors */
/* harmony import */ var _util_config_provider_booleanSelector__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3348);
/* harmony import */ var _util_config_provider_types__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3760);


const ENV_USE_DUALSTACK_ENDPOINT = "AWS_USE_DUALSTACK_ENDPOINT";
const CONFIG_USE_DUALSTACK_ENDPOINT = "use_dualstack_endpoint";
const DEFAULT_USE_DUALSTACK_ENDPOINT = false;
const NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS = {
    environmentVariableSelector: (env) => (0,_util_config_provider_booleanSelector__WEBPACK_IMPORTED_MODULE_0__/* .booleanSelector */ .Q)(env, ENV_USE_DUALSTACK_ENDPOINT, _util_config_provider_types__WEBPACK_IMPORTED_MODULE_1__/* .SelectorType */ .c.ENV),
    configFileSelector: (profile) => (0,_util_config_provider_booleanSelector__WEBPACK_IMPORTED_MODULE_0__/* .booleanSelector */ .Q)(profile, CONFIG_USE_DUALSTACK_ENDPOINT, _util_config_provider_types__WEBPACK_IMPORTED_MODULE_1__/* .SelectorType */ .c.CONFIG),
    default: false,
};
const nodeDualstackConfigSelectors = {
    environmentVariableSelector: (env) => (0,_util_config_provider_booleanSelector__WEBPACK_IMPORTED_MODULE_0__/* .booleanSelector */ .Q)(env, ENV_USE_DUALSTACK_ENDPOINT, _util_config_provider_types__WEBPACK_IMPORTED_MODULE_1__/* .SelectorType */ .c.ENV),
    configFileSelector: (profile) => (0,_util_config_provider_booleanSelector__WEBPACK_IMPORTED_MODULE_0__/* .booleanSelector */ .Q)(profile, CONFIG_USE_DUALSTACK_ENDPOINT, _util_config_provider_types__WEBPACK_IMPORTED_MODULE_1__/* .SelectorType */ .c.CONFIG),
    default: undefined,
};


/***/ }),

/***/ 4824:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ko: () => (/* binding */ NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS)
/* harmony export */ });
/* unused harmony exports ENV_USE_FIPS_ENDPOINT, CONFIG_USE_FIPS_ENDPOINT, DEFAULT_USE_FIPS_ENDPOINT, nodeFipsConfigSelectors */
/* harmony import */ var _util_config_provider_booleanSelector__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3348);
/* harmony import */ var _util_config_provider_types__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3760);


const ENV_USE_FIPS_ENDPOINT = "AWS_USE_FIPS_ENDPOINT";
const CONFIG_USE_FIPS_ENDPOINT = "use_fips_endpoint";
const DEFAULT_USE_FIPS_ENDPOINT = false;
const NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS = {
    environmentVariableSelector: (env) => (0,_util_config_provider_booleanSelector__WEBPACK_IMPORTED_MODULE_0__/* .booleanSelector */ .Q)(env, ENV_USE_FIPS_ENDPOINT, _util_config_provider_types__WEBPACK_IMPORTED_MODULE_1__/* .SelectorType */ .c.ENV),
    configFileSelector: (profile) => (0,_util_config_provider_booleanSelector__WEBPACK_IMPORTED_MODULE_0__/* .booleanSelector */ .Q)(profile, CONFIG_USE_FIPS_ENDPOINT, _util_config_provider_types__WEBPACK_IMPORTED_MODULE_1__/* .SelectorType */ .c.CONFIG),
    default: false,
};
const nodeFipsConfigSelectors = {
    environmentVariableSelector: (env) => (0,_util_config_provider_booleanSelector__WEBPACK_IMPORTED_MODULE_0__/* .booleanSelector */ .Q)(env, ENV_USE_FIPS_ENDPOINT, _util_config_provider_types__WEBPACK_IMPORTED_MODULE_1__/* .SelectorType */ .c.ENV),
    configFileSelector: (profile) => (0,_util_config_provider_booleanSelector__WEBPACK_IMPORTED_MODULE_0__/* .booleanSelector */ .Q)(profile, CONFIG_USE_FIPS_ENDPOINT, _util_config_provider_types__WEBPACK_IMPORTED_MODULE_1__/* .SelectorType */ .c.CONFIG),
    default: undefined,
};


/***/ }),

/***/ 446:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   GG: () => (/* binding */ NODE_REGION_CONFIG_OPTIONS),
/* harmony export */   zH: () => (/* binding */ NODE_REGION_CONFIG_FILE_OPTIONS)
/* harmony export */ });
/* unused harmony exports REGION_ENV_NAME, REGION_INI_NAME */
/* harmony import */ var _getInstanceMetadataRegion__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7848);

const REGION_ENV_NAME = "AWS_REGION";
const REGION_INI_NAME = "region";
const NODE_REGION_CONFIG_OPTIONS = {
    environmentVariableSelector: (env) => env[REGION_ENV_NAME],
    configFileSelector: (profile) => profile[REGION_INI_NAME],
    default: async () => {
        const region = await (0,_getInstanceMetadataRegion__WEBPACK_IMPORTED_MODULE_0__/* .getInstanceMetadataRegion */ .b)();
        if (region) {
            return region;
        }
        throw new Error("Region is missing");
    },
};
const NODE_REGION_CONFIG_FILE_OPTIONS = {
    preferredFile: "credentials",
};


/***/ }),

/***/ 7848:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ getInstanceMetadataRegion)
/* harmony export */ });
/* harmony import */ var _defaults_mode_constants__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1007);

const TIMEOUT_MS = 1000;
const NEG_CACHE_TTL_MS = 60_000;
let negativeCacheUntil = 0;
const getInstanceMetadataRegion = async () => {
    if (process.env[_defaults_mode_constants__WEBPACK_IMPORTED_MODULE_0__/* .ENV_IMDS_DISABLED */ .tn]) {
        return undefined;
    }
    if (Date.now() < negativeCacheUntil) {
        return undefined;
    }
    try {
        const endpoint = resolveImdsEndpoint();
        const token = (await imdsRequest({
            ...endpoint,
            path: _defaults_mode_constants__WEBPACK_IMPORTED_MODULE_0__/* .IMDS_TOKEN_PATH */ .EG,
            method: "PUT",
            headers: {
                [_defaults_mode_constants__WEBPACK_IMPORTED_MODULE_0__/* .X_AWS_EC2_METADATA_TOKEN_TTL */ .nF]: "21600",
            },
        })).toString();
        const region = (await imdsRequest({
            ...endpoint,
            path: _defaults_mode_constants__WEBPACK_IMPORTED_MODULE_0__/* .IMDS_REGION_PATH */ .FT,
            method: "GET",
            headers: {
                [_defaults_mode_constants__WEBPACK_IMPORTED_MODULE_0__/* .X_AWS_EC2_METADATA_TOKEN */ .cC]: token,
            },
        }))
            .toString()
            .trim();
        return region || cacheNegativeAndReturnUndefined();
    }
    catch {
        return cacheNegativeAndReturnUndefined();
    }
};
const cacheNegativeAndReturnUndefined = () => {
    negativeCacheUntil = Date.now() + NEG_CACHE_TTL_MS;
    return undefined;
};
const resolveImdsEndpoint = () => {
    const envEndpoint = process.env.AWS_EC2_METADATA_SERVICE_ENDPOINT;
    if (envEndpoint) {
        const url = new URL(envEndpoint);
        return {
            hostname: url.hostname.replace(/^\[(.+)]$/, "$1"),
            port: url.port ? Number(url.port) : undefined,
        };
    }
    if (process.env.AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE === "IPv6") {
        return { hostname: "fd00:ec2::254" };
    }
    return { hostname: "169.254.169.254" };
};
const imdsRequest = async (options) => {
    const { request } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 7067, 23));
    return new Promise((resolve, reject) => {
        const req = request({
            hostname: options.hostname,
            port: options.port,
            path: options.path,
            method: options.method,
            headers: options.headers,
            timeout: TIMEOUT_MS,
            signal: AbortSignal.timeout(TIMEOUT_MS),
        });
        req.on("error", (err) => {
            reject(err);
            req.destroy();
        });
        req.on("timeout", () => {
            reject(new Error("TimeoutError from instance metadata service"));
            req.destroy();
        });
        req.on("response", (res) => {
            const { statusCode = 400 } = res;
            if (statusCode < 200 || statusCode >= 300) {
                reject(Object.assign(new Error("Error response received from instance metadata service"), { statusCode }));
                req.destroy();
                return;
            }
            const chunks = [];
            res.on("data", (chunk) => chunks.push(chunk));
            res.on("end", () => {
                resolve(Buffer.concat(chunks));
                req.destroy();
            });
        });
        req.end();
    });
};


/***/ }),

/***/ 9053:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  T: () => (/* binding */ resolveRegionConfig)
});

// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/transport/isValidHostLabel.js
var isValidHostLabel = __nccwpck_require__(6370);
;// CONCATENATED MODULE: ../node_modules/@smithy/core/dist-es/submodules/config/config-resolver/regionConfig/checkRegion.js

const validRegions = new Set();
const checkRegion = (region, check = isValidHostLabel/* isValidHostLabel */.X) => {
    if (!validRegions.has(region) && !check(region)) {
        if (region === "*") {
            console.warn(`@smithy/config-resolver WARN - Please use the caller region instead of "*". See "sigv4a" in https://github.com/aws/aws-sdk-js-v3/blob/main/supplemental-docs/CLIENTS.md.`);
        }
        else {
            throw new Error(`Region not accepted: region="${region}" is not a valid hostname component.`);
        }
    }
    else {
        validRegions.add(region);
    }
};

;// CONCATENATED MODULE: ../node_modules/@smithy/core/dist-es/submodules/config/config-resolver/regionConfig/isFipsRegion.js
const isFipsRegion = (region) => typeof region === "string" && (region.startsWith("fips-") || region.endsWith("-fips"));

;// CONCATENATED MODULE: ../node_modules/@smithy/core/dist-es/submodules/config/config-resolver/regionConfig/getRealRegion.js

const getRealRegion = (region) => isFipsRegion(region)
    ? ["fips-aws-global", "aws-fips"].includes(region)
        ? "us-east-1"
        : region.replace(/fips-(dkr-|prod-)?|-fips/, "")
    : region;

;// CONCATENATED MODULE: ../node_modules/@smithy/core/dist-es/submodules/config/config-resolver/regionConfig/resolveRegionConfig.js



const resolveRegionConfig = (input) => {
    const { region, useFipsEndpoint } = input;
    if (!region) {
        throw new Error("Region is missing");
    }
    return Object.assign(input, {
        region: async () => {
            const providedRegion = typeof region === "function" ? await region() : region;
            const realRegion = getRealRegion(providedRegion);
            checkRegion(realRegion);
            return realRegion;
        },
        useFipsEndpoint: async () => {
            const providedRegion = typeof region === "string" ? region : await region();
            if (isFipsRegion(providedRegion)) {
                return true;
            }
            return typeof useFipsEndpoint !== "function" ? Promise.resolve(!!useFipsEndpoint) : useFipsEndpoint();
        },
    });
};


/***/ }),

/***/ 1007:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EG: () => (/* binding */ IMDS_TOKEN_PATH),
/* harmony export */   FT: () => (/* binding */ IMDS_REGION_PATH),
/* harmony export */   J9: () => (/* binding */ AWS_EXECUTION_ENV),
/* harmony export */   RY: () => (/* binding */ AWS_DEFAULT_REGION_ENV),
/* harmony export */   US: () => (/* binding */ DEFAULTS_MODE_OPTIONS),
/* harmony export */   cC: () => (/* binding */ X_AWS_EC2_METADATA_TOKEN),
/* harmony export */   dr: () => (/* binding */ AWS_REGION_ENV),
/* harmony export */   nF: () => (/* binding */ X_AWS_EC2_METADATA_TOKEN_TTL),
/* harmony export */   tn: () => (/* binding */ ENV_IMDS_DISABLED)
/* harmony export */ });
const AWS_EXECUTION_ENV = "AWS_EXECUTION_ENV";
const AWS_REGION_ENV = "AWS_REGION";
const AWS_DEFAULT_REGION_ENV = "AWS_DEFAULT_REGION";
const ENV_IMDS_DISABLED = "AWS_EC2_METADATA_DISABLED";
const DEFAULTS_MODE_OPTIONS = ["in-region", "cross-region", "mobile", "standard", "legacy"];
const IMDS_REGION_PATH = "/latest/meta-data/placement/region";
const IMDS_TOKEN_PATH = "/latest/api/token";
const X_AWS_EC2_METADATA_TOKEN = "x-aws-ec2-metadata-token";
const X_AWS_EC2_METADATA_TOKEN_TTL = "x-aws-ec2-metadata-token-ttl-seconds";


/***/ }),

/***/ 5412:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  I: () => (/* binding */ resolveDefaultsModeConfig)
});

// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/config/config-resolver/regionConfig/config.js
var config = __nccwpck_require__(446);
// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/config/config-resolver/regionConfig/getInstanceMetadataRegion.js
var getInstanceMetadataRegion = __nccwpck_require__(7848);
// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/config/node-config-provider/configLoader.js + 5 modules
var configLoader = __nccwpck_require__(3559);
// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/config/property-provider/memoize.js
var memoize = __nccwpck_require__(909);
// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/config/defaults-mode/constants.js
var constants = __nccwpck_require__(1007);
;// CONCATENATED MODULE: ../node_modules/@smithy/core/dist-es/submodules/config/defaults-mode/defaultsModeConfig.js
const AWS_DEFAULTS_MODE_ENV = "AWS_DEFAULTS_MODE";
const AWS_DEFAULTS_MODE_CONFIG = "defaults_mode";
const NODE_DEFAULTS_MODE_CONFIG_OPTIONS = {
    environmentVariableSelector: (env) => {
        return env[AWS_DEFAULTS_MODE_ENV];
    },
    configFileSelector: (profile) => {
        return profile[AWS_DEFAULTS_MODE_CONFIG];
    },
    default: "legacy",
};

;// CONCATENATED MODULE: ../node_modules/@smithy/core/dist-es/submodules/config/defaults-mode/resolveDefaultsModeConfig.js






const resolveDefaultsModeConfig = ({ region = (0,configLoader/* loadConfig */.Z)(config/* NODE_REGION_CONFIG_OPTIONS */.GG), defaultsMode = (0,configLoader/* loadConfig */.Z)(NODE_DEFAULTS_MODE_CONFIG_OPTIONS), } = {}) => (0,memoize/* memoize */.B)(async () => {
    const mode = typeof defaultsMode === "function" ? await defaultsMode() : defaultsMode;
    switch (mode?.toLowerCase()) {
        case "auto":
            return resolveNodeDefaultsModeAuto(region);
        case "in-region":
        case "cross-region":
        case "mobile":
        case "standard":
        case "legacy":
            return Promise.resolve(mode?.toLocaleLowerCase());
        case undefined:
            return Promise.resolve("legacy");
        default:
            throw new Error(`Invalid parameter for "defaultsMode", expect ${constants/* DEFAULTS_MODE_OPTIONS */.US.join(", ")}, got ${mode}`);
    }
});
const resolveNodeDefaultsModeAuto = async (clientRegion) => {
    if (clientRegion) {
        const resolvedRegion = typeof clientRegion === "function" ? await clientRegion() : clientRegion;
        const inferredRegion = await inferPhysicalRegion();
        if (!inferredRegion) {
            return "standard";
        }
        if (resolvedRegion === inferredRegion) {
            return "in-region";
        }
        else {
            return "cross-region";
        }
    }
    return "standard";
};
const inferPhysicalRegion = async () => {
    if (process.env[constants/* AWS_EXECUTION_ENV */.J9] && (process.env[constants/* AWS_REGION_ENV */.dr] || process.env[constants/* AWS_DEFAULT_REGION_ENV */.RY])) {
        return process.env[constants/* AWS_REGION_ENV */.dr] ?? process.env[constants/* AWS_DEFAULT_REGION_ENV */.RY];
    }
    return (0,getInstanceMetadataRegion/* getInstanceMetadataRegion */.b)();
};


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Z: () => (/* binding */ loadConfig)
});

// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/config/property-provider/chain.js
var chain = __nccwpck_require__(9300);
// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/config/property-provider/memoize.js
var memoize = __nccwpck_require__(909);
// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/config/property-provider/CredentialsProviderError.js
var CredentialsProviderError = __nccwpck_require__(9902);
;// CONCATENATED MODULE: ../node_modules/@smithy/core/dist-es/submodules/config/node-config-provider/getSelectorName.js
function getSelectorName(functionString) {
    try {
        const constants = new Set(Array.from(functionString.match(/([A-Z_]){3,}/g) ?? []));
        constants.delete("CONFIG");
        constants.delete("CONFIG_PREFIX_SEPARATOR");
        constants.delete("ENV");
        return [...constants].join(", ");
    }
    catch (ignored) {
        return functionString;
    }
}

;// CONCATENATED MODULE: ../node_modules/@smithy/core/dist-es/submodules/config/node-config-provider/fromEnv.js


const fromEnv = (envVarSelector, options) => async () => {
    try {
        const config = envVarSelector(process.env, options);
        if (config === undefined) {
            throw new Error();
        }
        return config;
    }
    catch (e) {
        throw new CredentialsProviderError/* CredentialsProviderError */.C(e.message || `Not found in ENV: ${getSelectorName(envVarSelector.toString())}`, { logger: options?.logger });
    }
};

// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/config/shared-ini-file-loader/getProfileName.js
var getProfileName = __nccwpck_require__(7803);
// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/config/shared-ini-file-loader/loadSharedConfigFiles.js + 2 modules
var loadSharedConfigFiles = __nccwpck_require__(6522);
;// CONCATENATED MODULE: ../node_modules/@smithy/core/dist-es/submodules/config/node-config-provider/fromSharedConfigFiles.js




const fromSharedConfigFiles = (configSelector, { preferredFile = "config", ...init } = {}) => async () => {
    const profile = (0,getProfileName/* getProfileName */.Bz)(init);
    const { configFile, credentialsFile } = await (0,loadSharedConfigFiles/* loadSharedConfigFiles */.p)(init);
    const profileFromCredentials = credentialsFile[profile] || {};
    const profileFromConfig = configFile[profile] || {};
    const mergedProfile = preferredFile === "config"
        ? { ...profileFromCredentials, ...profileFromConfig }
        : { ...profileFromConfig, ...profileFromCredentials };
    try {
        const cfgFile = preferredFile === "config" ? configFile : credentialsFile;
        const configValue = configSelector(mergedProfile, cfgFile);
        if (configValue === undefined) {
            throw new Error();
        }
        return configValue;
    }
    catch (e) {
        throw new CredentialsProviderError/* CredentialsProviderError */.C(e.message || `Not found in config files w/ profile [${profile}]: ${getSelectorName(configSelector.toString())}`, { logger: init.logger });
    }
};

;// CONCATENATED MODULE: ../node_modules/@smithy/core/dist-es/submodules/config/property-provider/fromValue.js
const fromValue = (staticValue) => () => Promise.resolve(staticValue);

;// CONCATENATED MODULE: ../node_modules/@smithy/core/dist-es/submodules/config/node-config-provider/fromStatic.js

const isFunction = (func) => typeof func === "function";
const fromStatic = (defaultValue) => isFunction(defaultValue) ? async () => await defaultValue() : fromValue(defaultValue);

;// CONCATENATED MODULE: ../node_modules/@smithy/core/dist-es/submodules/config/node-config-provider/configLoader.js





const loadConfig = ({ environmentVariableSelector, configFileSelector, default: defaultValue }, configuration = {}) => {
    const { signingName, logger } = configuration;
    const envOptions = { signingName, logger };
    return (0,memoize/* memoize */.B)((0,chain/* chain */.c)(fromEnv(environmentVariableSelector, envOptions), fromSharedConfigFiles(configFileSelector, configuration), fromStatic(defaultValue)));
};


/***/ }),

/***/ 9902:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ CredentialsProviderError)
/* harmony export */ });
/* harmony import */ var _ProviderError__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2348);

class CredentialsProviderError extends _ProviderError__WEBPACK_IMPORTED_MODULE_0__/* .ProviderError */ .m {
    name = "CredentialsProviderError";
    constructor(message, options = true) {
        super(message, options);
        Object.setPrototypeOf(this, CredentialsProviderError.prototype);
    }
}


/***/ }),

/***/ 2348:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ ProviderError)
/* harmony export */ });
class ProviderError extends Error {
    name = "ProviderError";
    tryNextLink;
    constructor(message, options = true) {
        let logger;
        let tryNextLink = true;
        if (typeof options === "boolean") {
            logger = undefined;
            tryNextLink = options;
        }
        else if (options != null && typeof options === "object") {
            logger = options.logger;
            tryNextLink = options.tryNextLink ?? true;
        }
        super(message);
        this.tryNextLink = tryNextLink;
        Object.setPrototypeOf(this, ProviderError.prototype);
        logger?.debug?.(`@smithy/property-provider ${tryNextLink ? "->" : "(!)"} ${message}`);
    }
    static from(error, options = true) {
        return Object.assign(new this(error.message, options), error);
    }
}


/***/ }),

/***/ 9300:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ chain)
/* harmony export */ });
/* harmony import */ var _ProviderError__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2348);

const chain = (...providers) => async () => {
    if (providers.length === 0) {
        throw new _ProviderError__WEBPACK_IMPORTED_MODULE_0__/* .ProviderError */ .m("No providers in chain");
    }
    let lastProviderError;
    for (const provider of providers) {
        try {
            const credentials = await provider();
            return credentials;
        }
        catch (err) {
            lastProviderError = err;
            if (err?.tryNextLink) {
                continue;
            }
            throw err;
        }
    }
    throw lastProviderError;
};


/***/ }),

/***/ 909:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ memoize)
/* harmony export */ });
const memoize = (provider, isExpired, requiresRefresh) => {
    let resolved;
    let pending;
    let hasResult;
    let isConstant = false;
    const coalesceProvider = async () => {
        if (!pending) {
            pending = provider();
        }
        try {
            resolved = await pending;
            hasResult = true;
            isConstant = false;
        }
        finally {
            pending = undefined;
        }
        return resolved;
    };
    if (isExpired === undefined) {
        return async (options) => {
            if (!hasResult || options?.forceRefresh) {
                resolved = await coalesceProvider();
            }
            return resolved;
        };
    }
    return async (options) => {
        if (!hasResult || options?.forceRefresh) {
            resolved = await coalesceProvider();
        }
        if (isConstant) {
            return resolved;
        }
        if (requiresRefresh && !requiresRefresh(resolved)) {
            isConstant = true;
            return resolved;
        }
        if (isExpired(resolved)) {
            await coalesceProvider();
            return resolved;
        }
        return resolved;
    };
};


/***/ }),

/***/ 4396:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ CONFIG_PREFIX_SEPARATOR)
/* harmony export */ });
const CONFIG_PREFIX_SEPARATOR = ".";


/***/ }),

/***/ 8042:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ getConfigFilepath)
/* harmony export */ });
/* unused harmony export ENV_CONFIG_PATH */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _getHomeDir__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1651);


const ENV_CONFIG_PATH = "AWS_CONFIG_FILE";
const getConfigFilepath = () => process.env[ENV_CONFIG_PATH] || (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)((0,_getHomeDir__WEBPACK_IMPORTED_MODULE_1__/* .getHomeDir */ .R)(), ".aws", "config");


/***/ }),

/***/ 1651:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ getHomeDir)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


const homeDirCache = {};
const getHomeDirCacheKey = () => {
    if (process && process.geteuid) {
        return `${process.geteuid()}`;
    }
    return "DEFAULT";
};
const getHomeDir = () => {
    const { HOME, USERPROFILE, HOMEPATH, HOMEDRIVE = `C:${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}` } = process.env;
    if (HOME) {
        return HOME;
    }
    if (USERPROFILE) {
        return USERPROFILE;
    }
    if (HOMEPATH) {
        return `${HOMEDRIVE}${HOMEPATH}`;
    }
    const homeDirCacheKey = getHomeDirCacheKey();
    if (!homeDirCache[homeDirCacheKey]) {
        homeDirCache[homeDirCacheKey] = (0,node_os__WEBPACK_IMPORTED_MODULE_0__.homedir)();
    }
    return homeDirCache[homeDirCacheKey];
};


/***/ }),

/***/ 7803:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bz: () => (/* binding */ getProfileName),
/* harmony export */   Ch: () => (/* binding */ ENV_PROFILE)
/* harmony export */ });
/* unused harmony export DEFAULT_PROFILE */
const ENV_PROFILE = "AWS_PROFILE";
const DEFAULT_PROFILE = "default";
const getProfileName = (init) => init.profile || process.env[ENV_PROFILE] || DEFAULT_PROFILE;


/***/ }),

/***/ 6522:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  p: () => (/* binding */ loadSharedConfigFiles)
});

// UNUSED EXPORTS: CONFIG_PREFIX_SEPARATOR

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ../node_modules/@smithy/types/dist-es/profile.js
var profile = __nccwpck_require__(9159);
// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/config/shared-ini-file-loader/constants.js
var constants = __nccwpck_require__(4396);
;// CONCATENATED MODULE: ../node_modules/@smithy/core/dist-es/submodules/config/shared-ini-file-loader/getConfigData.js


const getConfigData = (data) => Object.entries(data)
    .filter(([key]) => {
    const indexOfSeparator = key.indexOf(constants/* CONFIG_PREFIX_SEPARATOR */.Q);
    if (indexOfSeparator === -1) {
        return false;
    }
    return Object.values(profile/* IniSectionType */.I).includes(key.substring(0, indexOfSeparator));
})
    .reduce((acc, [key, value]) => {
    const indexOfSeparator = key.indexOf(constants/* CONFIG_PREFIX_SEPARATOR */.Q);
    const updatedKey = key.substring(0, indexOfSeparator) === profile/* IniSectionType */.I.PROFILE ? key.substring(indexOfSeparator + 1) : key;
    acc[updatedKey] = value;
    return acc;
}, {
    ...(data.default && { default: data.default }),
});

// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/config/shared-ini-file-loader/getConfigFilepath.js
var getConfigFilepath = __nccwpck_require__(8042);
// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/config/shared-ini-file-loader/getHomeDir.js
var getHomeDir = __nccwpck_require__(1651);
;// CONCATENATED MODULE: ../node_modules/@smithy/core/dist-es/submodules/config/shared-ini-file-loader/getCredentialsFilepath.js


const ENV_CREDENTIALS_PATH = "AWS_SHARED_CREDENTIALS_FILE";
const getCredentialsFilepath = () => process.env[ENV_CREDENTIALS_PATH] || (0,external_node_path_.join)((0,getHomeDir/* getHomeDir */.R)(), ".aws", "credentials");

// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/config/shared-ini-file-loader/parseIni.js
var parseIni = __nccwpck_require__(7082);
// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/config/shared-ini-file-loader/readFile.js
var readFile = __nccwpck_require__(4583);
;// CONCATENATED MODULE: ../node_modules/@smithy/core/dist-es/submodules/config/shared-ini-file-loader/loadSharedConfigFiles.js







const swallowError = () => ({});

const loadSharedConfigFiles = async (init = {}) => {
    const { filepath = getCredentialsFilepath(), configFilepath = (0,getConfigFilepath/* getConfigFilepath */.g)() } = init;
    const homeDir = (0,getHomeDir/* getHomeDir */.R)();
    const relativeHomeDirPrefix = "~/";
    let resolvedFilepath = filepath;
    if (filepath.startsWith(relativeHomeDirPrefix)) {
        resolvedFilepath = (0,external_node_path_.join)(homeDir, filepath.slice(2));
    }
    let resolvedConfigFilepath = configFilepath;
    if (configFilepath.startsWith(relativeHomeDirPrefix)) {
        resolvedConfigFilepath = (0,external_node_path_.join)(homeDir, configFilepath.slice(2));
    }
    const parsedFiles = await Promise.all([
        (0,readFile/* readFile */.TA)(resolvedConfigFilepath, {
            ignoreCache: init.ignoreCache,
        })
            .then(parseIni/* parseIni */.A)
            .then(getConfigData)
            .catch(swallowError),
        (0,readFile/* readFile */.TA)(resolvedFilepath, {
            ignoreCache: init.ignoreCache,
        })
            .then(parseIni/* parseIni */.A)
            .catch(swallowError),
    ]);
    return {
        configFile: parsedFiles[0],
        credentialsFile: parsedFiles[1],
    };
};


/***/ }),

/***/ 7082:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ parseIni)
/* harmony export */ });
/* harmony import */ var _smithy_types__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9159);
/* harmony import */ var _constants__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4396);


const prefixKeyRegex = /^([\w-]+)\s(["'])?([\w-@+.%:/]+)\2$/;
const profileNameBlockList = ["__proto__", "profile __proto__"];
const parseIni = (iniData) => {
    const map = {};
    let currentSection;
    let currentSubSection;
    for (const iniLine of iniData.split(/\r?\n/)) {
        const trimmedLine = iniLine.split(/(^|\s)[;#]/)[0].trim();
        const isSection = trimmedLine[0] === "[" && trimmedLine[trimmedLine.length - 1] === "]";
        if (isSection) {
            currentSection = undefined;
            currentSubSection = undefined;
            const sectionName = trimmedLine.substring(1, trimmedLine.length - 1);
            const matches = prefixKeyRegex.exec(sectionName);
            if (matches) {
                const [, prefix, , name] = matches;
                if (Object.values(_smithy_types__WEBPACK_IMPORTED_MODULE_0__/* .IniSectionType */ .I).includes(prefix)) {
                    currentSection = [prefix, name].join(_constants__WEBPACK_IMPORTED_MODULE_1__/* .CONFIG_PREFIX_SEPARATOR */ .Q);
                }
            }
            else {
                currentSection = sectionName;
            }
            if (profileNameBlockList.includes(sectionName)) {
                throw new Error(`Found invalid profile name "${sectionName}"`);
            }
        }
        else if (currentSection) {
            const indexOfEqualsSign = trimmedLine.indexOf("=");
            if (![0, -1].includes(indexOfEqualsSign)) {
                const [name, value] = [
                    trimmedLine.substring(0, indexOfEqualsSign).trim(),
                    trimmedLine.substring(indexOfEqualsSign + 1).trim(),
                ];
                if (value === "") {
                    currentSubSection = name;
                }
                else {
                    if (currentSubSection && iniLine.trimStart() === iniLine) {
                        currentSubSection = undefined;
                    }
                    map[currentSection] = map[currentSection] || {};
                    const key = currentSubSection ? [currentSubSection, name].join(_constants__WEBPACK_IMPORTED_MODULE_1__/* .CONFIG_PREFIX_SEPARATOR */ .Q) : name;
                    map[currentSection][key] = value;
                }
            }
        }
    }
    return map;
};


/***/ }),

/***/ 4583:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Jj: () => (/* binding */ fileIntercept),
/* harmony export */   TA: () => (/* binding */ readFile)
/* harmony export */ });
/* unused harmony export filePromises */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);

const filePromises = {};
const fileIntercept = {};
const readFile = (path, options) => {
    if (fileIntercept[path] !== undefined) {
        return fileIntercept[path];
    }
    if (!filePromises[path] || options?.ignoreCache) {
        filePromises[path] = (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, "utf8");
    }
    return filePromises[path];
};


/***/ }),

/***/ 3348:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ booleanSelector)
/* harmony export */ });
const booleanSelector = (obj, key, type) => {
    if (!(key in obj)) {
        return undefined;
    }
    if (obj[key] === "true") {
        return true;
    }
    if (obj[key] === "false") {
        return false;
    }
    throw new Error(`Cannot load ${type} "${key}". Expected "true" or "false", got ${obj[key]}.`);
};


/***/ }),

/***/ 3760:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ SelectorType)
/* harmony export */ });
var SelectorType;
(function (SelectorType) {
    SelectorType["ENV"] = "env";
    SelectorType["CONFIG"] = "shared config entry";
})(SelectorType || (SelectorType = {}));


/***/ }),

/***/ 7926:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  rD: () => (/* binding */ getEndpointPlugin),
  Co: () => (/* binding */ resolveEndpointConfig)
});

// UNUSED EXPORTS: BinaryDecisionDiagram, EndpointCache, EndpointError, customEndpointFunctions, decideEndpoint, endpointMiddleware, endpointMiddlewareOptions, getEndpointFromInstructions, isIpAddress, isValidHostLabel, middlewareEndpointToEndpointV1, resolveEndpoint, resolveEndpointRequiredConfig, resolveParams, toEndpointV1

// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/config/node-config-provider/configLoader.js + 5 modules
var configLoader = __nccwpck_require__(3559);
// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/config/shared-ini-file-loader/constants.js
var constants = __nccwpck_require__(4396);
;// CONCATENATED MODULE: ../node_modules/@smithy/core/dist-es/submodules/endpoints/middleware-endpoint/adaptors/getEndpointUrlConfig.js

const ENV_ENDPOINT_URL = "AWS_ENDPOINT_URL";
const CONFIG_ENDPOINT_URL = "endpoint_url";
const getEndpointUrlConfig = (serviceId) => ({
    environmentVariableSelector: (env) => {
        const serviceSuffixParts = serviceId.split(" ").map((w) => w.toUpperCase());
        const serviceEndpointUrl = env[[ENV_ENDPOINT_URL, ...serviceSuffixParts].join("_")];
        if (serviceEndpointUrl) {
            return serviceEndpointUrl;
        }
        const endpointUrl = env[ENV_ENDPOINT_URL];
        if (endpointUrl) {
            return endpointUrl;
        }
        return undefined;
    },
    configFileSelector: (profile, config) => {
        if (profile.services) {
            const servicesSectionKey = ["services", profile.services].join(constants/* CONFIG_PREFIX_SEPARATOR */.Q);
            if (!config || !config[servicesSectionKey]) {
                throw new Error(`The services section "${profile.services}" specified in the profile is not present in the shared configuration file.`);
            }
            const servicesSection = config[servicesSectionKey];
            const servicePrefixParts = serviceId.split(" ").map((w) => w.toLowerCase());
            const endpointUrl = servicesSection[[servicePrefixParts.join("_"), CONFIG_ENDPOINT_URL].join(constants/* CONFIG_PREFIX_SEPARATOR */.Q)];
            if (endpointUrl) {
                return endpointUrl;
            }
        }
        const endpointUrl = profile[CONFIG_ENDPOINT_URL];
        if (endpointUrl) {
            return endpointUrl;
        }
        return undefined;
    },
    default: undefined,
});

// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/config/util-config-provider/booleanSelector.js
var booleanSelector = __nccwpck_require__(3348);
// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/config/util-config-provider/types.js
var types = __nccwpck_require__(3760);
;// CONCATENATED MODULE: ../node_modules/@smithy/core/dist-es/submodules/endpoints/middleware-endpoint/adaptors/getIgnoreConfiguredEndpointUrls.js

const ENV_IGNORE_CONFIGURED_ENDPOINT_URLS = "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS";
const CONFIG_IGNORE_CONFIGURED_ENDPOINT_URLS = "ignore_configured_endpoint_urls";
const ignoreConfiguredEndpointUrlsConfigSelectors = {
    environmentVariableSelector: (env) => (0,booleanSelector/* booleanSelector */.Q)(env, ENV_IGNORE_CONFIGURED_ENDPOINT_URLS, types/* SelectorType */.c.ENV),
    configFileSelector: (profile) => (0,booleanSelector/* booleanSelector */.Q)(profile, CONFIG_IGNORE_CONFIGURED_ENDPOINT_URLS, types/* SelectorType */.c.CONFIG),
    default: false,
};

;// CONCATENATED MODULE: ../node_modules/@smithy/core/dist-es/submodules/endpoints/middleware-endpoint/adaptors/getEndpointFromConfig.js



const getEndpointFromConfig = async (serviceId) => {
    const ignore = await (0,configLoader/* loadConfig */.Z)(ignoreConfiguredEndpointUrlsConfigSelectors)();
    if (ignore) {
        return undefined;
    }
    return (0,configLoader/* loadConfig */.Z)(getEndpointUrlConfig(serviceId ?? ""))();
};

// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/endpoints/middleware-endpoint/adaptors/getEndpointFromInstructions.js + 2 modules
var adaptors_getEndpointFromInstructions = __nccwpck_require__(4026);
// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/transport/getSmithyContext.js
var getSmithyContext = __nccwpck_require__(3753);
;// CONCATENATED MODULE: ../node_modules/@smithy/core/dist-es/submodules/endpoints/middleware-endpoint/endpointMiddleware.js


function setFeature(context, feature, value) {
    if (!context.__smithy_context) {
        context.__smithy_context = { features: {} };
    }
    else if (!context.__smithy_context.features) {
        context.__smithy_context.features = {};
    }
    context.__smithy_context.features[feature] = value;
}
function bindEndpointMiddleware(getEndpointFromConfig) {
    const getEndpointFromInstructions = (0,adaptors_getEndpointFromInstructions/* bindGetEndpointFromInstructions */.g)(getEndpointFromConfig);
    return ({ config, instructions, }) => {
        return (next, context) => async (args) => {
            if (config.isCustomEndpoint) {
                setFeature(context, "ENDPOINT_OVERRIDE", "N");
            }
            const endpoint = await getEndpointFromInstructions(args.input, {
                getEndpointParameterInstructions() {
                    return instructions;
                },
            }, { ...config }, context);
            context.endpointV2 = endpoint;
            context.authSchemes = endpoint.properties?.authSchemes;
            const authScheme = context.authSchemes?.[0];
            if (authScheme) {
                context["signing_region"] = authScheme.signingRegion;
                context["signing_service"] = authScheme.signingName;
                const smithyContext = (0,getSmithyContext/* getSmithyContext */.u)(context);
                const httpAuthOption = smithyContext?.selectedHttpAuthScheme?.httpAuthOption;
                if (httpAuthOption) {
                    httpAuthOption.signingProperties = Object.assign(httpAuthOption.signingProperties || {}, {
                        signing_region: authScheme.signingRegion,
                        signingRegion: authScheme.signingRegion,
                        signing_service: authScheme.signingName,
                        signingName: authScheme.signingName,
                        signingRegionSet: authScheme.signingRegionSet,
                    }, authScheme.properties);
                }
            }
            return next({
                ...args,
            });
        };
    };
}

;// CONCATENATED MODULE: ../node_modules/@smithy/core/dist-es/submodules/endpoints/middleware-endpoint/getEndpointPlugin.js

const serializerMiddlewareOption = {
    name: "serializerMiddleware",
    step: "serialize",
    tags: ["SERIALIZER"],
    override: true,
};
const endpointMiddlewareOptions = {
    step: "serialize",
    tags: ["ENDPOINT_PARAMETERS", "ENDPOINT_V2", "ENDPOINT"],
    name: "endpointV2Middleware",
    override: true,
    relation: "before",
    toMiddleware: serializerMiddlewareOption.name,
};
function bindGetEndpointPlugin(getEndpointFromConfig) {
    const endpointMiddleware = bindEndpointMiddleware(getEndpointFromConfig);
    return (config, instructions) => ({
        applyToStack: (clientStack) => {
            clientStack.addRelativeTo(endpointMiddleware({
                config,
                instructions,
            }), endpointMiddlewareOptions);
        },
    });
}

// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/transport/normalizeProvider.js
var normalizeProvider = __nccwpck_require__(4876);
// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/transport/toEndpointV1.js
var toEndpointV1 = __nccwpck_require__(89);
;// CONCATENATED MODULE: ../node_modules/@smithy/core/dist-es/submodules/endpoints/middleware-endpoint/resolveEndpointConfig.js


function bindResolveEndpointConfig(getEndpointFromConfig) {
    return (input) => {
        const tls = input.tls ?? true;
        const { endpoint, useDualstackEndpoint, useFipsEndpoint } = input;
        const customEndpointProvider = endpoint != null ? async () => (0,toEndpointV1/* toEndpointV1 */.a)(await (0,normalizeProvider/* normalizeProvider */.t)(endpoint)()) : undefined;
        const isCustomEndpoint = !!endpoint;
        const resolvedConfig = Object.assign(input, {
            endpoint: customEndpointProvider,
            tls,
            isCustomEndpoint,
            useDualstackEndpoint: (0,normalizeProvider/* normalizeProvider */.t)(useDualstackEndpoint ?? false),
            useFipsEndpoint: (0,normalizeProvider/* normalizeProvider */.t)(useFipsEndpoint ?? false),
            ignoreConfiguredEndpointUrls: !!input.ignoreConfiguredEndpointUrls,
        });
        let configuredEndpointPromise = undefined;
        resolvedConfig.serviceConfiguredEndpoint = async () => {
            if (input.serviceId && !configuredEndpointPromise) {
                configuredEndpointPromise = getEndpointFromConfig(input.serviceId);
            }
            return configuredEndpointPromise;
        };
        return resolvedConfig;
    };
}

;// CONCATENATED MODULE: ../node_modules/@smithy/core/dist-es/submodules/endpoints/index.js














const getEndpointFromInstructions = (0,adaptors_getEndpointFromInstructions/* bindGetEndpointFromInstructions */.g)(getEndpointFromConfig);
const resolveEndpointConfig = bindResolveEndpointConfig(getEndpointFromConfig);
const endpointMiddleware = bindEndpointMiddleware(getEndpointFromConfig);
const getEndpointPlugin = bindGetEndpointPlugin(getEndpointFromConfig);






/***/ }),

/***/ 4026:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  g: () => (/* binding */ bindGetEndpointFromInstructions),
  x: () => (/* binding */ resolveParams)
});

;// CONCATENATED MODULE: ../node_modules/@smithy/core/dist-es/submodules/endpoints/middleware-endpoint/service-customizations/s3.js
const resolveParamsForS3 = async (endpointParams) => {
    const bucket = endpointParams?.Bucket || "";
    if (typeof endpointParams.Bucket === "string") {
        endpointParams.Bucket = bucket.replace(/#/g, encodeURIComponent("#")).replace(/\?/g, encodeURIComponent("?"));
    }
    if (isArnBucketName(bucket)) {
        if (endpointParams.ForcePathStyle === true) {
            throw new Error("Path-style addressing cannot be used with ARN buckets");
        }
    }
    else if (!isDnsCompatibleBucketName(bucket) ||
        (bucket.indexOf(".") !== -1 && !String(endpointParams.Endpoint).startsWith("http:")) ||
        bucket.toLowerCase() !== bucket ||
        bucket.length < 3) {
        endpointParams.ForcePathStyle = true;
    }
    if (endpointParams.DisableMultiRegionAccessPoints) {
        endpointParams.disableMultiRegionAccessPoints = true;
        endpointParams.DisableMRAP = true;
    }
    return endpointParams;
};
const DOMAIN_PATTERN = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const IP_ADDRESS_PATTERN = /(\d+\.){3}\d+/;
const DOTS_PATTERN = /\.\./;
const DOT_PATTERN = /\./;
const S3_HOSTNAME_PATTERN = /^(.+\.)?s3(-fips)?(\.dualstack)?[.-]([a-z0-9-]+)\./;
const isDnsCompatibleBucketName = (bucketName) => DOMAIN_PATTERN.test(bucketName) && !IP_ADDRESS_PATTERN.test(bucketName) && !DOTS_PATTERN.test(bucketName);
const isArnBucketName = (bucketName) => {
    const [arn, partition, service, , , bucket] = bucketName.split(":");
    const isArn = arn === "arn" && bucketName.split(":").length >= 6;
    const isValidArn = Boolean(isArn && partition && service && bucket);
    if (isArn && !isValidArn) {
        throw new Error(`Invalid ARN: ${bucketName} was an invalid ARN.`);
    }
    return isValidArn;
};

;// CONCATENATED MODULE: ../node_modules/@smithy/core/dist-es/submodules/endpoints/middleware-endpoint/adaptors/createConfigValueProvider.js
const createConfigValueProvider = (configKey, canonicalEndpointParamKey, config, isClientContextParam = false) => {
    const configProvider = async () => {
        let configValue;
        if (isClientContextParam) {
            const clientContextParams = config.clientContextParams;
            const nestedValue = clientContextParams?.[configKey];
            configValue = nestedValue ?? config[configKey] ?? config[canonicalEndpointParamKey];
        }
        else {
            configValue = config[configKey] ?? config[canonicalEndpointParamKey];
        }
        if (typeof configValue === "function") {
            return configValue();
        }
        return configValue;
    };
    if (configKey === "credentialScope" || canonicalEndpointParamKey === "CredentialScope") {
        return async () => {
            const credentials = typeof config.credentials === "function" ? await config.credentials() : config.credentials;
            const configValue = credentials?.credentialScope ?? credentials?.CredentialScope;
            return configValue;
        };
    }
    if (configKey === "accountId" || canonicalEndpointParamKey === "AccountId") {
        return async () => {
            const credentials = typeof config.credentials === "function" ? await config.credentials() : config.credentials;
            const configValue = credentials?.accountId ?? credentials?.AccountId;
            return configValue;
        };
    }
    if (configKey === "endpoint" || canonicalEndpointParamKey === "endpoint") {
        return async () => {
            if (config.isCustomEndpoint === false) {
                return undefined;
            }
            const endpoint = await configProvider();
            if (endpoint && typeof endpoint === "object") {
                if ("url" in endpoint) {
                    return endpoint.url.href;
                }
                if ("hostname" in endpoint) {
                    const { protocol, hostname, port, path } = endpoint;
                    return `${protocol}//${hostname}${port ? ":" + port : ""}${path}`;
                }
            }
            return endpoint;
        };
    }
    return configProvider;
};

// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/transport/toEndpointV1.js
var toEndpointV1 = __nccwpck_require__(89);
;// CONCATENATED MODULE: ../node_modules/@smithy/core/dist-es/submodules/endpoints/middleware-endpoint/adaptors/getEndpointFromInstructions.js



function bindGetEndpointFromInstructions(getEndpointFromConfig) {
    return async (commandInput, instructionsSupplier, clientConfig, context) => {
        if (!clientConfig.isCustomEndpoint && !clientConfig.ignoreConfiguredEndpointUrls) {
            let endpointFromConfig;
            if (clientConfig.serviceConfiguredEndpoint) {
                endpointFromConfig = await clientConfig.serviceConfiguredEndpoint();
            }
            else {
                endpointFromConfig = await getEndpointFromConfig(clientConfig.serviceId);
            }
            if (endpointFromConfig) {
                clientConfig.endpoint = () => Promise.resolve((0,toEndpointV1/* toEndpointV1 */.a)(endpointFromConfig));
                clientConfig.isCustomEndpoint = true;
                context?.logger?.debug?.(`@smithy/core/endpoints - resolved endpoint from config: ${endpointFromConfig}`);
            }
        }
        const endpointParams = await resolveParams(commandInput, instructionsSupplier, clientConfig);
        if (typeof clientConfig.endpointProvider !== "function") {
            throw new Error("config.endpointProvider is not set.");
        }
        const endpoint = clientConfig.endpointProvider(endpointParams, context);
        if (clientConfig.isCustomEndpoint && clientConfig.endpoint) {
            const customEndpoint = await clientConfig.endpoint();
            if (customEndpoint?.headers) {
                endpoint.headers ??= {};
                for (const [name, value] of Object.entries(customEndpoint.headers)) {
                    endpoint.headers[name] = Array.isArray(value) ? value : [value];
                }
            }
        }
        return endpoint;
    };
}
const resolveParams = async (commandInput, instructionsSupplier, clientConfig) => {
    const endpointParams = {};
    const instructions = instructionsSupplier?.getEndpointParameterInstructions?.() || {};
    for (const [name, instruction] of Object.entries(instructions)) {
        switch (instruction.type) {
            case "staticContextParams":
                endpointParams[name] = instruction.value;
                break;
            case "contextParams":
                endpointParams[name] = commandInput[instruction.name];
                break;
            case "clientContextParams":
            case "builtInParams":
                endpointParams[name] = await createConfigValueProvider(instruction.name, name, clientConfig, instruction.type !== "builtInParams")();
                break;
            case "operationContextParams":
                endpointParams[name] = instruction.get(commandInput);
                break;
            default:
                throw new Error("Unrecognized endpoint parameter instruction: " + JSON.stringify(instruction));
        }
    }
    if (Object.keys(instructions).length === 0) {
        Object.assign(endpointParams, clientConfig);
    }
    if (String(clientConfig.serviceId).toLowerCase() === "s3") {
        await resolveParamsForS3(endpointParams);
    }
    return endpointParams;
};


/***/ }),

/***/ 2988:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ BinaryDecisionDiagram)
/* harmony export */ });
class BinaryDecisionDiagram {
    nodes;
    root;
    conditions;
    results;
    constructor(bdd, root, conditions, results) {
        this.nodes = bdd;
        this.root = root;
        this.conditions = conditions;
        this.results = results;
    }
    static from(bdd, root, conditions, results) {
        return new BinaryDecisionDiagram(bdd, root, conditions, results);
    }
}


/***/ }),

/***/ 4397:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ EndpointCache)
/* harmony export */ });
class EndpointCache {
    capacity;
    data = new Map();
    parameters = [];
    constructor({ size, params }) {
        this.capacity = size ?? 50;
        if (params) {
            this.parameters = params;
        }
    }
    get(endpointParams, resolver) {
        const key = this.hash(endpointParams);
        if (key === false) {
            return resolver();
        }
        if (!this.data.has(key)) {
            if (this.data.size > this.capacity + 10) {
                const keys = this.data.keys();
                let i = 0;
                while (true) {
                    const { value, done } = keys.next();
                    this.data.delete(value);
                    if (done || ++i > 10) {
                        break;
                    }
                }
            }
            this.data.set(key, resolver());
        }
        return this.data.get(key);
    }
    size() {
        return this.data.size;
    }
    hash(endpointParams) {
        let buffer = "";
        const { parameters } = this;
        if (parameters.length === 0) {
            return false;
        }
        for (const param of parameters) {
            const raw = endpointParams[param];
            const val = raw == null ? "\0" : String(raw);
            if (val.includes("|;")) {
                return false;
            }
            buffer += val + "|;";
        }
        return buffer;
    }
}


/***/ }),

/***/ 6467:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  c: () => (/* binding */ decideEndpoint)
});

;// CONCATENATED MODULE: ../node_modules/@smithy/core/dist-es/submodules/endpoints/util-endpoints/types/EndpointError.js
class EndpointError extends Error {
    constructor(message) {
        super(message);
        this.name = "EndpointError";
    }
}

;// CONCATENATED MODULE: ../node_modules/@smithy/core/dist-es/submodules/endpoints/util-endpoints/debug/debugId.js
const debugId = "endpoints";

;// CONCATENATED MODULE: ../node_modules/@smithy/core/dist-es/submodules/endpoints/util-endpoints/debug/toDebugString.js
function toDebugString(input) {
    if (typeof input !== "object" || input == null) {
        return input;
    }
    if ("ref" in input) {
        return `$${toDebugString(input.ref)}`;
    }
    if ("fn" in input) {
        return `${input.fn}(${(input.argv || []).map(toDebugString).join(", ")})`;
    }
    return JSON.stringify(input, null, 2);
}

// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/endpoints/util-endpoints/utils/customEndpointFunctions.js
var customEndpointFunctions = __nccwpck_require__(7228);
;// CONCATENATED MODULE: ../node_modules/@smithy/core/dist-es/submodules/endpoints/util-endpoints/lib/booleanEquals.js
const booleanEquals = (value1, value2) => value1 === value2;

;// CONCATENATED MODULE: ../node_modules/@smithy/core/dist-es/submodules/endpoints/util-endpoints/lib/coalesce.js
function coalesce(...args) {
    for (const arg of args) {
        if (arg != null) {
            return arg;
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ../node_modules/@smithy/core/dist-es/submodules/endpoints/util-endpoints/lib/getAttrPathList.js

const getAttrPathList = (path) => {
    const parts = path.split(".");
    const pathList = [];
    for (const part of parts) {
        const squareBracketIndex = part.indexOf("[");
        if (squareBracketIndex !== -1) {
            if (part.indexOf("]") !== part.length - 1) {
                throw new EndpointError(`Path: '${path}' does not end with ']'`);
            }
            const arrayIndex = part.slice(squareBracketIndex + 1, -1);
            if (Number.isNaN(parseInt(arrayIndex))) {
                throw new EndpointError(`Invalid array index: '${arrayIndex}' in path: '${path}'`);
            }
            if (squareBracketIndex !== 0) {
                pathList.push(part.slice(0, squareBracketIndex));
            }
            pathList.push(arrayIndex);
        }
        else {
            pathList.push(part);
        }
    }
    return pathList;
};

;// CONCATENATED MODULE: ../node_modules/@smithy/core/dist-es/submodules/endpoints/util-endpoints/lib/getAttr.js


const getAttr = (value, path) => getAttrPathList(path).reduce((acc, index) => {
    if (typeof acc !== "object") {
        throw new EndpointError(`Index '${index}' in '${path}' not found in '${JSON.stringify(value)}'`);
    }
    else if (Array.isArray(acc)) {
        const i = parseInt(index);
        return acc[i < 0 ? acc.length + i : i];
    }
    return acc[index];
}, value);

;// CONCATENATED MODULE: ../node_modules/@smithy/core/dist-es/submodules/endpoints/util-endpoints/lib/isSet.js
const isSet = (value) => value != null;

// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/transport/isValidHostLabel.js
var isValidHostLabel = __nccwpck_require__(6370);
;// CONCATENATED MODULE: ../node_modules/@smithy/core/dist-es/submodules/endpoints/util-endpoints/lib/ite.js
function ite(condition, trueValue, falseValue) {
    return condition ? trueValue : falseValue;
}

;// CONCATENATED MODULE: ../node_modules/@smithy/core/dist-es/submodules/endpoints/util-endpoints/lib/not.js
const not = (value) => !value;

;// CONCATENATED MODULE: ../node_modules/@smithy/types/dist-es/endpoint.js
var EndpointURLScheme;
(function (EndpointURLScheme) {
    EndpointURLScheme["HTTP"] = "http";
    EndpointURLScheme["HTTPS"] = "https";
})(EndpointURLScheme || (EndpointURLScheme = {}));

// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/endpoints/util-endpoints/lib/isIpAddress.js
var isIpAddress = __nccwpck_require__(7298);
;// CONCATENATED MODULE: ../node_modules/@smithy/core/dist-es/submodules/endpoints/util-endpoints/lib/parseURL.js


const DEFAULT_PORTS = {
    [EndpointURLScheme.HTTP]: 80,
    [EndpointURLScheme.HTTPS]: 443,
};
const parseURL = (value) => {
    const whatwgURL = (() => {
        try {
            if (value instanceof URL) {
                return value;
            }
            if (typeof value === "object" && "hostname" in value) {
                const { hostname, port, protocol = "", path = "", query = {} } = value;
                const url = new URL(`${protocol}//${hostname}${port ? `:${port}` : ""}${path}`);
                url.search = Object.entries(query)
                    .map(([k, v]) => `${k}=${v}`)
                    .join("&");
                return url;
            }
            return new URL(value);
        }
        catch (ignored) {
            return null;
        }
    })();
    if (!whatwgURL) {
        console.error(`Unable to parse ${JSON.stringify(value)} as a whatwg URL.`);
        return null;
    }
    const urlString = whatwgURL.href;
    const { host, hostname, pathname, protocol, search } = whatwgURL;
    if (search) {
        return null;
    }
    const scheme = protocol.slice(0, -1);
    if (!Object.values(EndpointURLScheme).includes(scheme)) {
        return null;
    }
    const isIp = (0,isIpAddress/* isIpAddress */.o)(hostname);
    const inputContainsDefaultPort = urlString.includes(`${host}:${DEFAULT_PORTS[scheme]}`) ||
        (typeof value === "string" && value.includes(`${host}:${DEFAULT_PORTS[scheme]}`));
    const authority = `${host}${inputContainsDefaultPort ? `:${DEFAULT_PORTS[scheme]}` : ``}`;
    return {
        scheme,
        authority,
        path: pathname,
        normalizedPath: pathname.endsWith("/") ? pathname : `${pathname}/`,
        isIp,
    };
};

;// CONCATENATED MODULE: ../node_modules/@smithy/core/dist-es/submodules/endpoints/util-endpoints/lib/split.js
function split(value, delimiter, limit) {
    if (limit === 1) {
        return [value];
    }
    if (value === "") {
        return [""];
    }
    const parts = value.split(delimiter);
    if (limit === 0) {
        return parts;
    }
    return parts.slice(0, limit - 1).concat(parts.slice(1).join(delimiter));
}

;// CONCATENATED MODULE: ../node_modules/@smithy/core/dist-es/submodules/endpoints/util-endpoints/lib/stringEquals.js
const stringEquals = (value1, value2) => value1 === value2;

;// CONCATENATED MODULE: ../node_modules/@smithy/core/dist-es/submodules/endpoints/util-endpoints/lib/substring.js
const substring = (input, start, stop, reverse) => {
    if (input == null || start >= stop || input.length < stop || /[^\u0000-\u007f]/.test(input)) {
        return null;
    }
    if (!reverse) {
        return input.substring(start, stop);
    }
    return input.substring(input.length - stop, input.length - start);
};

;// CONCATENATED MODULE: ../node_modules/@smithy/core/dist-es/submodules/endpoints/util-endpoints/lib/uriEncode.js
const uriEncode = (value) => encodeURIComponent(value).replace(/[!*'()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

;// CONCATENATED MODULE: ../node_modules/@smithy/core/dist-es/submodules/endpoints/util-endpoints/utils/endpointFunctions.js

const endpointFunctions = {
    booleanEquals: booleanEquals,
    coalesce: coalesce,
    getAttr: getAttr,
    isSet: isSet,
    isValidHostLabel: isValidHostLabel/* isValidHostLabel */.X,
    ite: ite,
    not: not,
    parseURL: parseURL,
    split: split,
    stringEquals: stringEquals,
    substring: substring,
    uriEncode: uriEncode,
};

;// CONCATENATED MODULE: ../node_modules/@smithy/core/dist-es/submodules/endpoints/util-endpoints/utils/evaluateTemplate.js

const evaluateTemplate = (template, options) => {
    const evaluatedTemplateArr = [];
    const { referenceRecord, endpointParams } = options;
    let currentIndex = 0;
    while (currentIndex < template.length) {
        const openingBraceIndex = template.indexOf("{", currentIndex);
        if (openingBraceIndex === -1) {
            evaluatedTemplateArr.push(template.slice(currentIndex));
            break;
        }
        evaluatedTemplateArr.push(template.slice(currentIndex, openingBraceIndex));
        const closingBraceIndex = template.indexOf("}", openingBraceIndex);
        if (closingBraceIndex === -1) {
            evaluatedTemplateArr.push(template.slice(openingBraceIndex));
            break;
        }
        if (template[openingBraceIndex + 1] === "{" && template[closingBraceIndex + 1] === "}") {
            evaluatedTemplateArr.push(template.slice(openingBraceIndex + 1, closingBraceIndex));
            currentIndex = closingBraceIndex + 2;
        }
        const parameterName = template.substring(openingBraceIndex + 1, closingBraceIndex);
        if (parameterName.includes("#")) {
            const [refName, attrName] = parameterName.split("#");
            evaluatedTemplateArr.push(getAttr((referenceRecord[refName] ?? endpointParams[refName]), attrName));
        }
        else {
            evaluatedTemplateArr.push((referenceRecord[parameterName] ?? endpointParams[parameterName]));
        }
        currentIndex = closingBraceIndex + 1;
    }
    return evaluatedTemplateArr.join("");
};

;// CONCATENATED MODULE: ../node_modules/@smithy/core/dist-es/submodules/endpoints/util-endpoints/utils/getReferenceValue.js
const getReferenceValue = ({ ref }, options) => {
    return options.referenceRecord[ref] ?? options.endpointParams[ref];
};

;// CONCATENATED MODULE: ../node_modules/@smithy/core/dist-es/submodules/endpoints/util-endpoints/utils/evaluateExpression.js





const evaluateExpression = (obj, keyName, options) => {
    if (typeof obj === "string") {
        return evaluateTemplate(obj, options);
    }
    else if (obj["fn"]) {
        return group.callFunction(obj, options);
    }
    else if (obj["ref"]) {
        return getReferenceValue(obj, options);
    }
    throw new EndpointError(`'${keyName}': ${String(obj)} is not a string, function or reference.`);
};
const callFunction = ({ fn, argv }, options) => {
    const evaluatedArgs = Array(argv.length);
    for (let i = 0; i < evaluatedArgs.length; ++i) {
        const arg = argv[i];
        if (typeof arg === "boolean" || typeof arg === "number") {
            evaluatedArgs[i] = arg;
        }
        else {
            evaluatedArgs[i] = group.evaluateExpression(arg, "arg", options);
        }
    }
    const namespaceSeparatorIndex = fn.indexOf(".");
    if (namespaceSeparatorIndex !== -1) {
        const namespaceFunctions = customEndpointFunctions/* customEndpointFunctions */.m[fn.slice(0, namespaceSeparatorIndex)];
        const customFunction = namespaceFunctions?.[fn.slice(namespaceSeparatorIndex + 1)];
        if (typeof customFunction === "function") {
            return customFunction(...evaluatedArgs);
        }
    }
    const callable = endpointFunctions[fn];
    if (typeof callable === "function") {
        return callable(...evaluatedArgs);
    }
    throw new Error(`function ${fn} not loaded in endpointFunctions.`);
};
const group = {
    evaluateExpression,
    callFunction,
};

;// CONCATENATED MODULE: ../node_modules/@smithy/core/dist-es/submodules/endpoints/util-endpoints/utils/evaluateCondition.js



const evaluateCondition = (condition, options) => {
    const { assign } = condition;
    if (assign && assign in options.referenceRecord) {
        throw new EndpointError(`'${assign}' is already defined in Reference Record.`);
    }
    const value = callFunction(condition, options);
    options.logger?.debug?.(`${debugId} evaluateCondition: ${toDebugString(condition)} = ${toDebugString(value)}`);
    const result = value === "" ? true : !!value;
    if (assign != null) {
        return { result, toAssign: { name: assign, value } };
    }
    return { result };
};

;// CONCATENATED MODULE: ../node_modules/@smithy/core/dist-es/submodules/endpoints/util-endpoints/utils/getEndpointHeaders.js


const getEndpointHeaders = (headers, options) => Object.entries(headers ?? {}).reduce((acc, [headerKey, headerVal]) => {
    acc[headerKey] = headerVal.map((headerValEntry) => {
        const processedExpr = evaluateExpression(headerValEntry, "Header value entry", options);
        if (typeof processedExpr !== "string") {
            throw new EndpointError(`Header '${headerKey}' value '${processedExpr}' is not a string`);
        }
        return processedExpr;
    });
    return acc;
}, {});

;// CONCATENATED MODULE: ../node_modules/@smithy/core/dist-es/submodules/endpoints/util-endpoints/utils/getEndpointProperties.js


const getEndpointProperties = (properties, options) => Object.entries(properties).reduce((acc, [propertyKey, propertyVal]) => {
    acc[propertyKey] = getEndpointProperties_group.getEndpointProperty(propertyVal, options);
    return acc;
}, {});
const getEndpointProperty = (property, options) => {
    if (Array.isArray(property)) {
        return property.map((propertyEntry) => getEndpointProperty(propertyEntry, options));
    }
    switch (typeof property) {
        case "string":
            return evaluateTemplate(property, options);
        case "object":
            if (property === null) {
                throw new EndpointError(`Unexpected endpoint property: ${property}`);
            }
            return getEndpointProperties_group.getEndpointProperties(property, options);
        case "boolean":
            return property;
        default:
            throw new EndpointError(`Unexpected endpoint property type: ${typeof property}`);
    }
};
const getEndpointProperties_group = {
    getEndpointProperty,
    getEndpointProperties,
};

;// CONCATENATED MODULE: ../node_modules/@smithy/core/dist-es/submodules/endpoints/util-endpoints/utils/getEndpointUrl.js


const getEndpointUrl = (endpointUrl, options) => {
    const expression = evaluateExpression(endpointUrl, "Endpoint URL", options);
    if (typeof expression === "string") {
        try {
            return new URL(expression);
        }
        catch (error) {
            console.error(`Failed to construct URL with ${expression}`, error);
            throw error;
        }
    }
    throw new EndpointError(`Endpoint URL must be a string, got ${typeof expression}`);
};

;// CONCATENATED MODULE: ../node_modules/@smithy/core/dist-es/submodules/endpoints/util-endpoints/decideEndpoint.js






const RESULT = 100_000_000;
const decideEndpoint = (bdd, options) => {
    const { nodes, root, results, conditions } = bdd;
    let ref = root;
    const referenceRecord = {};
    const closure = {
        referenceRecord,
        endpointParams: options.endpointParams,
        logger: options.logger,
    };
    while (ref !== 1 && ref !== -1 && ref < RESULT) {
        const node_i = 3 * (Math.abs(ref) - 1);
        const [condition_i, highRef, lowRef] = [nodes[node_i], nodes[node_i + 1], nodes[node_i + 2]];
        const [fn, argv, assign] = conditions[condition_i];
        const evaluation = evaluateCondition({ fn, assign, argv }, closure);
        if (evaluation.toAssign) {
            const { name, value } = evaluation.toAssign;
            referenceRecord[name] = value;
        }
        ref = ref >= 0 === evaluation.result ? highRef : lowRef;
    }
    if (ref >= RESULT) {
        const result = results[ref - RESULT];
        if (result[0] === -1) {
            const [, errorExpression] = result;
            throw new EndpointError(evaluateExpression(errorExpression, "Error", closure));
        }
        const [url, properties, headers] = result;
        return {
            url: getEndpointUrl(url, closure),
            properties: getEndpointProperties(properties, closure),
            headers: getEndpointHeaders(headers ?? {}, closure),
        };
    }
    throw new EndpointError(`No matching endpoint.`);
};


/***/ }),

/***/ 7298:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ isIpAddress)
/* harmony export */ });
const IP_V4_REGEX = new RegExp(`^(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)(?:\\.(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)){3}$`);
const isIpAddress = (value) => IP_V4_REGEX.test(value) || (value.startsWith("[") && value.endsWith("]"));


/***/ }),

/***/ 7228:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ customEndpointFunctions)
/* harmony export */ });
const customEndpointFunctions = {};


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ HttpBindingNormalizedSchema),
/* harmony export */   K: () => (/* binding */ getHttpOperationBindings)
/* harmony export */ });
/* harmony import */ var _smithy_core_schema__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6627);
/* harmony import */ var _smithy_core_schema__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4018);
/* harmony import */ var _smithy_core_serde__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5298);


const HTTP_BINDINGS = Symbol.for("@smithy/schema-x");
class HttpBindingNormalizedSchema extends _smithy_core_schema__WEBPACK_IMPORTED_MODULE_0__/* .NormalizedSchema */ .l1 {
    static identity = Symbol.for("@smithy/HttpBindingNormalizedSchema");
    identity = HttpBindingNormalizedSchema.identity;
    bindings;
    constructor(schema) {
        super(schema);
    }
    static of(schema) {
        const ns = _smithy_core_schema__WEBPACK_IMPORTED_MODULE_0__/* .NormalizedSchema */ .l1.of(schema);
        if (ns.identity === HttpBindingNormalizedSchema.identity) {
            return ns;
        }
        const schemaCache = ns.isMemberSchema() ? ns : ns.getSchema();
        const cache = typeof schemaCache === "object" && schemaCache !== null ? schemaCache : ns;
        return (cache[HTTP_BINDINGS] ??= new HttpBindingNormalizedSchema(ns));
    }
    getHttpBindingLocation(traits) {
        if (traits.httpPayload) {
            return 0b100_100;
        }
        if (traits.httpLabel) {
            return 0b100_001;
        }
        if (traits.httpHeader) {
            return 0b100_110;
        }
        if (typeof traits.httpPrefixHeaders === "string") {
            return 0b100_111;
        }
        if (traits.httpQuery) {
            return 0b100_010;
        }
        if (traits.httpQueryParams) {
            return 0b100_011;
        }
        if (traits.httpResponseCode) {
            return 0b100_101;
        }
        return 0b100_000;
    }
    getHttpBindingValue(location, traits, nested = false) {
        const raw = this.getSchema();
        const type = typeof raw === "number" ? raw & 0xff : this.isListSchema() ? 0b0100_0000 : 0xff;
        const slot = location & 0b111;
        const media = (traits.mediaType ? (traits.mediaType === "application/json" || traits.mediaType.endsWith("+json") ? 2 : 1) : 0);
        const stream = (traits.streaming || type === 42 ? (this.isStructSchema() ? 2 : 1) : 0);
        const timestamp = (type >= 4 && type <= 7
            ? slot >= 6
                ? 2
                : slot > 0 && slot < 4
                    ? 1
                    : 0
            : 0);
        let flags = type |
            (media << 8) |
            ((traits.idempotencyToken ? 1 : 0) << 10) |
            (stream << 11) |
            ((traits.sparse ? 1 : 0) << 13) |
            (timestamp << 14) |
            ((traits.hostLabel ? 1 : 0) << 17) |
            ((location === 0b100_100 && typeof raw !== "object" ? 1 : 0) << 18);
        const category = type & 0b1100_0000;
        const collectionValue = slot & 0b010 && (category === 0b0100_0000 || (!nested && slot & 1))
            ? this.getHttpBindingCollectionValue(location, traits)
            : undefined;
        const valueType = (collectionValue?.[1] ?? 0) & 0xff;
        flags |=
            (slot >= 6 &&
                (valueType === 4 || valueType === 6)
                ? 1
                : 0) << 16;
        return [this, flags, collectionValue];
    }
    getHttpBindingCollectionValue(location, traits = this.getMergedTraits()) {
        const valueSchema = HttpBindingNormalizedSchema.of(this.getValueSchema());
        return valueSchema.getHttpBindingValue(location, { ...valueSchema.getMergedTraits(), ...traits }, true);
    }
    getHttpBindings() {
        const source = this.getSchema();
        return typeof source !== "object" || source === null ? EMPTY_BINDINGS : (this.bindings ??= buildHttpBindings(this));
    }
}
const buildHttpBindings = (schema) => {
    const bodyMemberNames = [];
    const bodyMemberSchemas = [];
    const requestBodyMemberNames = [];
    const requestBodyMemberSchemas = [];
    const memberBindings = [];
    const byName = {};
    const headers = {};
    const prefixHeaders = [];
    const responseBindings = { headers, prefixHeaders };
    const bindings = {
        request: { memberBindings, byName },
        response: {
            bodyMemberNames,
            bindings: responseBindings,
        },
    };
    const { request, response } = bindings;
    for (const [name, member] of schema.structIterator()) {
        const bindingSchema = HttpBindingNormalizedSchema.of(member);
        const traits = bindingSchema.getMergedTraits();
        const location = bindingSchema.getHttpBindingLocation(traits);
        const wireName = traits.httpHeader?.toLowerCase() ?? traits.httpPrefixHeaders?.toLowerCase() ?? traits.httpQuery;
        const value = bindingSchema.getHttpBindingValue(location, traits);
        const binding = [name, value, location, wireName];
        if (name === "__proto__") {
            (0,_smithy_core_serde__WEBPACK_IMPORTED_MODULE_1__/* .writeKey */ .T)(byName);
        }
        byName[name] = binding;
        if ((value[1] >> 10) & 1) {
            request.hasIdempotency = true;
        }
        memberBindings.push(binding);
        const slot = location & 0b111;
        if (slot === 0) {
            requestBodyMemberNames.push(name);
            requestBodyMemberSchemas.push(member);
        }
        if ((slot & 0b100) === 0) {
            bodyMemberNames.push(name);
            bodyMemberSchemas.push(member);
        }
        else if ((slot & 0b110) === 0b100) {
            if (slot & 0b001) {
                responseBindings.statusCode = binding;
            }
            else {
                responseBindings.payload = binding;
                const type = value[1] & 0xff;
                request.contentTypeInstruction =
                    traits.mediaType ??
                        (type === 0
                            ? "text/plain"
                            : type === 21 || type === 42
                                ? "application/octet-stream"
                                : null);
            }
        }
        else if (slot & 0b001) {
            request.hasPrefixHeaders = true;
            prefixHeaders.push(binding);
        }
        else {
            if (wireName === "__proto__") {
                (0,_smithy_core_serde__WEBPACK_IMPORTED_MODULE_1__/* .writeKey */ .T)(headers);
            }
            headers[wireName] = binding;
        }
    }
    if (request.contentTypeInstruction === undefined && requestBodyMemberNames.length) {
        request.contentTypeInstruction = null;
    }
    request.syntheticBodySchema = createBodySchema(schema, requestBodyMemberNames, requestBodyMemberSchemas);
    response.syntheticBodySchema = createBodySchema(schema, bodyMemberNames, bodyMemberSchemas);
    return bindings;
};
const buildPathSegments = (path) => {
    const segments = [];
    let offset = 0;
    for (const match of path.matchAll(/\{([^{}+]+)(\+)?\}/g)) {
        if (match.index > offset) {
            segments.push([path.slice(offset, match.index), 0]);
        }
        segments.push([match[1], match[2] ? 2 : 1]);
        offset = match.index + match[0].length;
    }
    if (segments.length && offset < path.length) {
        segments.push([path.slice(offset), 0]);
    }
    return segments.length ? segments : undefined;
};
const buildHttpOperationBindings = (schema) => {
    const { http, endpoint } = (0,_smithy_core_schema__WEBPACK_IMPORTED_MODULE_2__/* .translateTraits */ .c)(schema.traits ?? {});
    const [path, search] = http?.[1].split("?") ?? [];
    return [
        http?.[0],
        path,
        search ? [...new URLSearchParams(search)] : [],
        path ? buildPathSegments(path) : undefined,
        endpoint?.[0],
    ];
};
const EMPTY_BINDINGS = {
    request: { memberBindings: [], byName: {} },
    response: {
        bodyMemberNames: [],
        bindings: { headers: {}, prefixHeaders: [] },
    },
};
const getHttpOperationBindings = (schema) => (schema[HTTP_BINDINGS] ??= buildHttpOperationBindings(schema));
const createBodySchema = (schema, memberNames, memberSchemas) => {
    if (!memberNames.length) {
        return undefined;
    }
    const source = schema.getSchema();
    const body = [
        3,
        source[1],
        source[2],
        schema.getMergedTraits(),
        memberNames,
        memberSchemas,
    ];
    const required = source[6];
    const bodyRequired = required && memberNames.reduce((count, name) => count + (source[4].indexOf(name) < required ? 1 : 0), 0);
    if (bodyRequired) {
        body[6] = bodyRequired;
    }
    return body;
};


/***/ }),

/***/ 3023:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  t: () => (/* binding */ HttpProtocol)
});

// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/transport/httpRequest.js
var httpRequest = __nccwpck_require__(1871);
// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/transport/httpResponse.js
var httpResponse = __nccwpck_require__(7291);
// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/transport/hasOwn.js
var hasOwn = __nccwpck_require__(6852);
;// CONCATENATED MODULE: ../node_modules/@smithy/core/dist-es/submodules/transport/isValidHostname.js
function isValidHostname(hostname) {
    const hostPattern = /^[a-z0-9][a-z0-9.-]*[a-z0-9]$/;
    return hostPattern.test(hostname);
}

// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/schema/TypeRegistry.js
var TypeRegistry = __nccwpck_require__(9835);
// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/protocols/SerdeContext.js
var SerdeContext = __nccwpck_require__(2104);
// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/protocols/HttpBindingNormalizedSchema.js
var HttpBindingNormalizedSchema = __nccwpck_require__(5937);
;// CONCATENATED MODULE: ../node_modules/@smithy/core/dist-es/submodules/protocols/HttpProtocol.js




class HttpProtocol extends SerdeContext/* SerdeContext */.f {
    options;
    compositeErrorRegistry;
    constructor(options) {
        super();
        this.options = options;
        this.compositeErrorRegistry = new TypeRegistry/* TypeRegistry */.O(options.defaultNamespace);
        for (const etr of options.errorTypeRegistries ?? []) {
            this.compositeErrorRegistry.copyFrom(etr);
        }
    }
    getRequestType() {
        return httpRequest/* HttpRequest */.K;
    }
    getResponseType() {
        return httpResponse/* HttpResponse */.c;
    }
    setSerdeContext(serdeContext) {
        this.serdeContext = serdeContext;
        this.serializer.setSerdeContext(serdeContext);
        this.deserializer.setSerdeContext(serdeContext);
        if (this.getPayloadCodec()) {
            this.getPayloadCodec().setSerdeContext(serdeContext);
        }
    }
    updateServiceEndpoint(request, endpoint) {
        if ("url" in endpoint) {
            request.protocol = endpoint.url.protocol;
            request.hostname = endpoint.url.hostname;
            request.port = endpoint.url.port ? Number(endpoint.url.port) : undefined;
            request.path = endpoint.url.pathname;
            request.fragment = endpoint.url.hash || void 0;
            request.username = endpoint.url.username || void 0;
            request.password = endpoint.url.password || void 0;
            if (!request.query) {
                request.query = {};
            }
            for (const [k, v] of endpoint.url.searchParams.entries()) {
                request.query[k] = v;
            }
            if (endpoint.headers) {
                for (const name in endpoint.headers) {
                    if (!(0,hasOwn/* hasOwn */.$)(endpoint.headers, name)) {
                        continue;
                    }
                    request.headers[name] = endpoint.headers[name].join(", ");
                }
            }
            return request;
        }
        else {
            request.protocol = endpoint.protocol;
            request.hostname = endpoint.hostname;
            request.port = endpoint.port ? Number(endpoint.port) : undefined;
            request.path = endpoint.path;
            request.query = {
                ...endpoint.query,
            };
            if (endpoint.headers) {
                for (const name in endpoint.headers) {
                    if (!(0,hasOwn/* hasOwn */.$)(endpoint.headers, name)) {
                        continue;
                    }
                    request.headers[name] = endpoint.headers[name];
                }
            }
            return request;
        }
    }
    setHostPrefix(request, operationSchema, input, operation = (0,HttpBindingNormalizedSchema/* getHttpOperationBindings */.K)(operationSchema)) {
        if (this.serdeContext?.disableHostPrefix) {
            return;
        }
        const hostPrefix = operation[4];
        if (typeof hostPrefix !== "string") {
            return;
        }
        let resolvedHostPrefix = hostPrefix;
        for (const [name, [, flags]] of HttpBindingNormalizedSchema/* HttpBindingNormalizedSchema */.C.of(operationSchema.input).getHttpBindings().request
            .memberBindings) {
            if (!((flags >> 17) & 1)) {
                continue;
            }
            const replacement = input[name];
            if (typeof replacement !== "string") {
                throw new Error(`@smithy/core/schema - ${name} in input must be a string as hostLabel.`);
            }
            resolvedHostPrefix = resolvedHostPrefix.replace(`{${name}}`, replacement);
        }
        request.hostname = resolvedHostPrefix + request.hostname;
        if (!isValidHostname(request.hostname)) {
            throw new Error(`[${request.hostname}] is not a valid hostname.`);
        }
    }
    deserializeMetadata(output) {
        return {
            httpStatusCode: output.statusCode,
            requestId: output.headers["x-amzn-requestid"] ?? output.headers["x-amzn-request-id"] ?? output.headers["x-amz-request-id"],
            extendedRequestId: output.headers["x-amz-id-2"],
            cfId: output.headers["x-amz-cf-id"],
        };
    }
    resolveError(name, namespaces, registries) {
        const defaultErrorSchema = [-3, "", "Error", 0, [], [], 0];
        let schema;
        for (const registry of registries) {
            for (const ns of namespaces) {
                try {
                    if (ns === "*") {
                        schema = registry.getSchema(name);
                    }
                    else {
                        schema = registry.getSchema(ns + "#" + name);
                    }
                    const errorCtor = registry.getErrorCtor(schema);
                    if (errorCtor) {
                        return [schema, errorCtor, "modeled"];
                    }
                    else {
                        const syntheticErrorSchema = registry.getBaseException();
                        if (syntheticErrorSchema) {
                            const syntheticErrorCtor = registry.getErrorCtor(syntheticErrorSchema);
                            if (syntheticErrorCtor) {
                                return [schema, syntheticErrorCtor, "synthetic"];
                            }
                        }
                    }
                }
                catch (ignored) {
                }
            }
        }
        for (const registry of registries) {
            const syntheticErrorSchema = registry.getBaseException();
            if (syntheticErrorSchema) {
                const syntheticErrorCtor = registry.getErrorCtor(syntheticErrorSchema);
                if (syntheticErrorCtor) {
                    return [syntheticErrorSchema, syntheticErrorCtor, "synthetic"];
                }
            }
        }
        return [defaultErrorSchema, Error, "native"];
    }
    async serializeEventStream({ eventStream, requestSchema, initialRequest, }) {
        const eventStreamSerde = await this.loadEventStreamCapability();
        return eventStreamSerde.serializeEventStream({
            eventStream,
            requestSchema,
            initialRequest,
        });
    }
    async deserializeEventStream({ response, responseSchema, initialResponseContainer, }) {
        const eventStreamSerde = await this.loadEventStreamCapability();
        return eventStreamSerde.deserializeEventStream({
            response,
            responseSchema,
            initialResponseContainer,
        });
    }
    async loadEventStreamCapability() {
        const { EventStreamSerde, eventStreamSerdeProvider } = await __nccwpck_require__.e(/* import() */ 242).then(__nccwpck_require__.bind(__nccwpck_require__, 9242));
        const marshaller = this.resolveEventStreamMarshaller(eventStreamSerdeProvider);
        return new EventStreamSerde({
            marshaller,
            serializer: this.serializer,
            deserializer: this.deserializer,
            serdeContext: this.serdeContext,
            defaultContentType: this.getDefaultContentType(),
            compositeErrorRegistry: this.compositeErrorRegistry,
        });
    }
    getDefaultContentType() {
        throw new Error(`@smithy/core/protocols - ${this.constructor.name} getDefaultContentType() implementation missing.`);
    }
    async deserializeHttpMessage(schema, context, response, arg4, arg5) {
        void schema;
        void context;
        void response;
        void arg4;
        void arg5;
        return [];
    }
    getEventStreamMarshaller() {
        const context = this.serdeContext;
        if (!context.eventStreamMarshaller) {
            throw new Error("@smithy/core - HttpProtocol: eventStreamMarshaller missing in serdeContext.");
        }
        return context.eventStreamMarshaller;
    }
    resolveEventStreamMarshaller(importedProvider) {
        const context = this.serdeContext;
        if (context.eventStreamMarshaller) {
            return context.eventStreamMarshaller;
        }
        return importedProvider(this.serdeContext);
    }
}


/***/ }),

/***/ 4501:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ RpcProtocol)
/* harmony export */ });
/* harmony import */ var _smithy_core_transport__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(6852);
/* harmony import */ var _smithy_core_schema__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6627);
/* harmony import */ var _smithy_core_transport__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1871);
/* harmony import */ var _HttpProtocol__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3023);
/* harmony import */ var _collect_stream_body__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(3822);





class RpcProtocol extends _HttpProtocol__WEBPACK_IMPORTED_MODULE_0__/* .HttpProtocol */ .t {
    async serializeRequest(operationSchema, _input, context) {
        const serializer = this.serializer;
        const query = {};
        const headers = {};
        const endpoint = await context.endpoint();
        const ns = _smithy_core_schema__WEBPACK_IMPORTED_MODULE_1__/* .NormalizedSchema */ .l1.of(operationSchema?.input);
        const schema = ns.getSchema();
        let payload;
        const input = _input && typeof _input === "object" ? _input : {};
        const request = new _smithy_core_transport__WEBPACK_IMPORTED_MODULE_2__/* .HttpRequest */ .K({
            protocol: "",
            hostname: "",
            port: undefined,
            path: "/",
            fragment: undefined,
            query: query,
            headers: headers,
            body: undefined,
        });
        if (endpoint) {
            this.updateServiceEndpoint(request, endpoint);
            this.setHostPrefix(request, operationSchema, input);
        }
        if (input) {
            const eventStreamMember = ns.getEventStreamMember();
            if (eventStreamMember) {
                if (input[eventStreamMember]) {
                    const initialRequest = {};
                    for (const [memberName] of ns.structIterator()) {
                        if (memberName !== eventStreamMember && input[memberName] != null) {
                            initialRequest[memberName] = input[memberName];
                        }
                    }
                    payload = await this.serializeEventStream({
                        eventStream: input[eventStreamMember],
                        requestSchema: ns,
                        initialRequest,
                    });
                }
            }
            else {
                serializer.write(schema, input);
                payload = serializer.flush();
            }
        }
        request.headers = Object.assign(request.headers, headers);
        request.query = query;
        request.body = payload;
        request.method = "POST";
        return request;
    }
    async deserializeResponse(operationSchema, context, response) {
        const deserializer = this.deserializer;
        const ns = _smithy_core_schema__WEBPACK_IMPORTED_MODULE_1__/* .NormalizedSchema */ .l1.of(operationSchema.output);
        const dataObject = {};
        if (this.isErrorResponse(response.statusCode)) {
            const bytes = await (0,_collect_stream_body__WEBPACK_IMPORTED_MODULE_3__/* .collectBody */ .P)(response.body, context);
            if (bytes.byteLength > 0) {
                Object.assign(dataObject, await deserializer.read(15, bytes));
            }
            await this.handleError(operationSchema, context, response, dataObject, this.deserializeMetadata(response));
            throw new Error("@smithy/core/protocols - RPC Protocol error handler failed to throw.");
        }
        for (const header in response.headers) {
            if (!(0,_smithy_core_transport__WEBPACK_IMPORTED_MODULE_4__/* .hasOwn */ .$)(response.headers, header)) {
                continue;
            }
            const value = response.headers[header];
            delete response.headers[header];
            response.headers[header.toLowerCase()] = value;
        }
        const eventStreamMember = ns.getEventStreamMember();
        if (eventStreamMember) {
            dataObject[eventStreamMember] = await this.deserializeEventStream({
                response,
                responseSchema: ns,
                initialResponseContainer: dataObject,
            });
        }
        else {
            const bytes = await (0,_collect_stream_body__WEBPACK_IMPORTED_MODULE_3__/* .collectBody */ .P)(response.body, context);
            if (bytes.byteLength > 0) {
                Object.assign(dataObject, await deserializer.read(ns, bytes));
            }
        }
        dataObject.$metadata = this.deserializeMetadata(response);
        return dataObject;
    }
    isErrorResponse(statusCode) {
        return statusCode >= 300;
    }
}


/***/ }),

/***/ 2104:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ SerdeContext)
/* harmony export */ });
class SerdeContext {
    serdeContext;
    setSerdeContext(serdeContext) {
        this.serdeContext = serdeContext;
    }
}


/***/ }),

/***/ 3822:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ collectBody)
/* harmony export */ });
/* harmony import */ var _smithy_core_serde__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(175);

const collectBody = async (streamBody = new Uint8Array(), context) => {
    if (streamBody instanceof Uint8Array) {
        return _smithy_core_serde__WEBPACK_IMPORTED_MODULE_0__/* .Uint8ArrayBlobAdapter */ .Mu.mutate(streamBody);
    }
    if (!streamBody) {
        return _smithy_core_serde__WEBPACK_IMPORTED_MODULE_0__/* .Uint8ArrayBlobAdapter */ .Mu.mutate(new Uint8Array());
    }
    const fromContext = context.streamCollector(streamBody);
    return _smithy_core_serde__WEBPACK_IMPORTED_MODULE_0__/* .Uint8ArrayBlobAdapter */ .Mu.mutate(await fromContext);
};


/***/ }),

/***/ 685:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  p: () => (/* binding */ JsonCodec2)
});

;// CONCATENATED MODULE: ../node_modules/@smithy/core/dist-es/submodules/protocols/ConfigurableSerdeContext.js
class SerdeContextConfig {
    serdeContext;
    setSerdeContext(serdeContext) {
        this.serdeContext = serdeContext;
    }
}

// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/protocols/serde/determineTimestampFormat.js
var determineTimestampFormat = __nccwpck_require__(9462);
// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/schema/schemas/NormalizedSchema.js
var NormalizedSchema = __nccwpck_require__(6627);
// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/serde/writeKey.js
var writeKey = __nccwpck_require__(5298);
// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/serde/util-base64/fromBase64.js
var fromBase64 = __nccwpck_require__(7022);
// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/serde/lazy-json.js
var lazy_json = __nccwpck_require__(9565);
// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/serde/date-utils.js + 1 modules
var date_utils = __nccwpck_require__(8227);
// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/serde/value/NumericValue.js
var NumericValue = __nccwpck_require__(5694);
;// CONCATENATED MODULE: ../node_modules/@smithy/core/dist-es/submodules/protocols/UnionSerde.js
class UnionSerde {
    from;
    to;
    keys;
    constructor(from, to) {
        this.from = from;
        this.to = to;
        const keys = Object.keys(this.from);
        const set = new Set(keys);
        set.delete("__type");
        this.keys = set;
    }
    mark(key) {
        this.keys.delete(key);
    }
    hasUnknown() {
        return this.keys.size === 1 && Object.keys(this.to).length === 0;
    }
    writeUnknown() {
        if (this.hasUnknown()) {
            const k = this.keys.values().next().value;
            const v = this.from[k];
            this.to.$unknown = [k, v];
        }
    }
}

// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/protocols/json/detectBufferParsing.js
var detectBufferParsing = __nccwpck_require__(6478);
// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/protocols/json/jsonReviver.js
var jsonReviver = __nccwpck_require__(9322);
// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/protocols/json/needsReviver.js
var needsReviver = __nccwpck_require__(1427);
// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/protocols/json/parseJsonBody.js + 1 modules
var parseJsonBody = __nccwpck_require__(8876);
// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/transport/hasOwn.js
var hasOwn = __nccwpck_require__(6852);
;// CONCATENATED MODULE: ../node_modules/@smithy/core/dist-es/submodules/protocols/json/codec-v2/JsonShapeDeserializer2.js










class JsonShapeDeserializer2 extends SerdeContextConfig {
    settings;
    constructor(settings) {
        super();
        this.settings = settings;
    }
    async read(schema, data) {
        const reviver = (0,needsReviver/* needsReviver */.t)(schema) ? jsonReviver/* jsonReviver */.E : undefined;
        let parsed;
        if (typeof data === "string") {
            if (data.length === 0) {
                return {};
            }
            parsed = JSON.parse(data, reviver);
        }
        else if (data instanceof Uint8Array && (0,detectBufferParsing/* detectBufferParsing */.S)()) {
            if (data.byteLength === 0) {
                return {};
            }
            const buf = Buffer.isBuffer(data) ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
            parsed = JSON.parse(buf, reviver);
        }
        else {
            parsed = await (0,parseJsonBody/* parseJsonBody */.Y2)(data, this.serdeContext, schema);
        }
        return this._read(schema, parsed);
    }
    readObject(schema, data) {
        return this._read(schema, data);
    }
    _read(schema, value) {
        const isObject = value !== null && typeof value === "object";
        const ns = NormalizedSchema/* NormalizedSchema */.l1.of(schema);
        if (isObject) {
            if (ns.isStructSchema()) {
                return this._readStruct(ns, value);
            }
            if (Array.isArray(value) && ns.isListSchema()) {
                const listMember = ns.getValueSchema();
                if (this.needsTransform(listMember)) {
                    for (let i = 0; i < value.length; ++i) {
                        value[i] = this._read(listMember, value[i]);
                    }
                }
                return value;
            }
            if (ns.isMapSchema()) {
                const mapMember = ns.getValueSchema();
                const map = value;
                if (this.needsTransform(mapMember)) {
                    for (const k in map) {
                        if (!(0,hasOwn/* hasOwn */.$)(map, k)) {
                            continue;
                        }
                        if (k === "__proto__") {
                            (0,writeKey/* writeKey */.T)(map);
                        }
                        map[k] = this._read(mapMember, map[k]);
                    }
                }
                return map;
            }
        }
        if (ns.isBlobSchema() && typeof value === "string") {
            return (0,fromBase64/* fromBase64 */.E)(value);
        }
        const mediaType = ns.getMergedTraits().mediaType;
        if (ns.isStringSchema() && typeof value === "string" && mediaType) {
            const isJson = mediaType === "application/json" || mediaType.endsWith("+json");
            if (isJson) {
                return lazy_json/* LazyJsonString */.A.from(value);
            }
            return value;
        }
        if (ns.isTimestampSchema() && value != null) {
            const format = (0,determineTimestampFormat/* determineTimestampFormat */.V)(ns, this.settings);
            switch (format) {
                case 5:
                    return (0,date_utils/* parseRfc3339DateTimeWithOffset */.t_)(value);
                case 6:
                    return (0,date_utils/* parseRfc7231DateTime */.xE)(value);
                case 7:
                    return (0,date_utils/* parseEpochTimestamp */.l3)(value);
                default:
                    console.warn("Missing timestamp format, parsing value with Date constructor:", value);
                    return new Date(value);
            }
        }
        if (ns.isBigIntegerSchema() && (typeof value === "number" || typeof value === "string")) {
            return BigInt(value);
        }
        if (ns.isBigDecimalSchema() && value != undefined) {
            if (value instanceof NumericValue/* NumericValue */.D) {
                return value;
            }
            const untyped = value;
            if (untyped.type === "bigDecimal" && "string" in untyped) {
                return new NumericValue/* NumericValue */.D(untyped.string, untyped.type);
            }
            return new NumericValue/* NumericValue */.D(String(value), "bigDecimal");
        }
        if (ns.isNumericSchema() && typeof value === "string") {
            switch (value) {
                case "Infinity":
                    return Infinity;
                case "-Infinity":
                    return -Infinity;
                case "NaN":
                    return NaN;
            }
            return value;
        }
        if (ns.isDocumentSchema()) {
            if (isObject) {
                if (Array.isArray(value)) {
                    for (let i = 0; i < value.length; ++i) {
                        const v = value[i];
                        if (!(v instanceof NumericValue/* NumericValue */.D)) {
                            value[i] = this._read(ns, v);
                        }
                    }
                }
                else {
                    const doc = value;
                    for (const k in doc) {
                        if (!(0,hasOwn/* hasOwn */.$)(doc, k)) {
                            continue;
                        }
                        if (k === "__proto__") {
                            (0,writeKey/* writeKey */.T)(doc);
                        }
                        const v = doc[k];
                        if (!(v instanceof NumericValue/* NumericValue */.D)) {
                            doc[k] = this._read(ns, v);
                        }
                    }
                }
            }
        }
        return value;
    }
    _readStruct(ns, record) {
        const union = ns.isUnionSchema();
        const out = {};
        let nameMap;
        const hasType = typeof record.__type === "string";
        const { jsonName } = this.settings;
        if (jsonName && hasType) {
            nameMap = {};
        }
        let unionSerde;
        if (union) {
            unionSerde = new UnionSerde(record, out);
        }
        for (const [memberName, memberSchema] of ns.structIterator()) {
            let fromKey = memberName;
            if (jsonName) {
                fromKey = memberSchema.getMergedTraits().jsonName ?? fromKey;
                if (hasType) {
                    nameMap[fromKey] = memberName;
                }
            }
            if (union) {
                unionSerde.mark(fromKey);
            }
            if (record[fromKey] != null) {
                out[memberName] = this._read(memberSchema, record[fromKey]);
            }
        }
        if (union) {
            unionSerde.writeUnknown();
        }
        else if (hasType) {
            for (const k in record) {
                if (!(0,hasOwn/* hasOwn */.$)(record, k)) {
                    continue;
                }
                const v = record[k];
                const t = jsonName ? (nameMap[k] ?? k) : k;
                if (!(t in out)) {
                    out[t] = v;
                }
            }
        }
        return out;
    }
    needsTransform(ns) {
        if (ns.isBlobSchema() ||
            ns.isTimestampSchema() ||
            ns.isBigIntegerSchema() ||
            ns.isBigDecimalSchema() ||
            ns.isNumericSchema()) {
            return true;
        }
        if (ns.isDocumentSchema() || ns.isStructSchema() || ns.isListSchema() || ns.isMapSchema()) {
            return true;
        }
        if (ns.isStringSchema() && ns.getMergedTraits().mediaType) {
            return true;
        }
        return false;
    }
}

// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/serde/index.js + 2 modules
var serde = __nccwpck_require__(175);
// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/serde/util-base64/toBase64.js
var toBase64 = __nccwpck_require__(7307);
// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/serde/util-utf8/toUtf8.js
var toUtf8 = __nccwpck_require__(1787);
;// CONCATENATED MODULE: ../node_modules/@smithy/core/dist-es/submodules/protocols/json/codec-v2/JsonBytesStringAdapter.js

class JsonBytesStringAdapter extends Uint8Array {
    string = null;
    static allocUnsafe(bytes) {
        if (typeof Buffer === "function") {
            const buffer = Buffer.allocUnsafe(bytes);
            return new JsonBytesStringAdapter(buffer.buffer, buffer.byteOffset, buffer.byteLength);
        }
        return new JsonBytesStringAdapter(bytes);
    }
    toString() {
        return this.s();
    }
    valueOf() {
        return this.s();
    }
    includes(searchString, position) {
        if (typeof searchString === "string") {
            return this.s().includes(searchString, position);
        }
        return Uint8Array.prototype.includes.call(this, searchString, position);
    }
    indexOf(searchString, position) {
        if (typeof searchString === "string") {
            return this.s().indexOf(searchString, position);
        }
        return Uint8Array.prototype.indexOf.call(this, searchString, position);
    }
    lastIndexOf(searchString, position) {
        if (typeof searchString === "string") {
            return this.s().lastIndexOf(searchString, position);
        }
        const fn = Uint8Array.prototype.lastIndexOf;
        if (position !== undefined) {
            return fn.call(this, searchString, position);
        }
        return fn.call(this, searchString);
    }
    startsWith(searchString, position) {
        return this.s().startsWith(searchString, position);
    }
    endsWith(searchString, endPosition) {
        return this.s().endsWith(searchString, endPosition);
    }
    match(regexp) {
        return this.s().match(regexp);
    }
    replace(searchValue, replaceValue) {
        return this.s().replace(searchValue, replaceValue);
    }
    search(regexp) {
        return this.s().search(regexp);
    }
    split(separator, limit) {
        return this.s().split(separator, limit);
    }
    substring(start, end) {
        return this.s().substring(start, end);
    }
    trim() {
        return this.s().trim();
    }
    trimStart() {
        return this.s().trimStart();
    }
    trimEnd() {
        return this.s().trimEnd();
    }
    charAt(pos) {
        return this.s().charAt(pos);
    }
    charCodeAt(index) {
        return this.s().charCodeAt(index);
    }
    padStart(maxLength, fillString) {
        return this.s().padStart(maxLength, fillString);
    }
    padEnd(maxLength, fillString) {
        return this.s().padEnd(maxLength, fillString);
    }
    repeat(count) {
        return this.s().repeat(count);
    }
    toUpperCase() {
        return this.s().toUpperCase();
    }
    toLowerCase() {
        return this.s().toLowerCase();
    }
    s() {
        if (this.string == null) {
            const n = Date.now();
            if (n > warned + 60_000) {
                console.warn("@aws-sdk/core/protocols - WARN - JsonCodec2: you have called a string method on a Uint8Array request body. " +
                    "It has been automatically converted to string. In a future version this will throw an error.");
                warned = n;
            }
            this.string = (0,toUtf8/* toUtf8 */.P)(this);
        }
        return this.string;
    }
}
var warned = 0;

;// CONCATENATED MODULE: ../node_modules/@smithy/core/dist-es/submodules/protocols/json/codec-v2/JsonShapeSerializer2.js






const encoder = new TextEncoder();
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const QUOTE = 0x22;
const COLON = 0x3a;
const COMMA = 0x2c;
const BACKSLASH = 0x5c;
const TRUE = new Uint8Array([0x74, 0x72, 0x75, 0x65]);
const FALSE = new Uint8Array([0x66, 0x61, 0x6c, 0x73, 0x65]);
const NULL = new Uint8Array([0x6e, 0x75, 0x6c, 0x6c]);
const ESCAPE_TABLE = new Array(128).fill(null);
ESCAPE_TABLE[0x08] = "b";
ESCAPE_TABLE[0x09] = "t";
ESCAPE_TABLE[0x0a] = "n";
ESCAPE_TABLE[0x0c] = "f";
ESCAPE_TABLE[0x0d] = "r";
ESCAPE_TABLE[0x22] = '"';
ESCAPE_TABLE[0x5c] = "\\";
for (let i = 0; i < 0x20; i++) {
    if (ESCAPE_TABLE[i] === null) {
        ESCAPE_TABLE[i] = "u00" + i.toString(16).padStart(2, "0");
    }
}
const INITIAL_BUFFER_SIZE = 2048;
function alloc(size) {
    return JsonBytesStringAdapter.allocUnsafe(size);
}
class JsonShapeSerializer2 extends SerdeContextConfig {
    settings;
    json;
    i = 0;
    rootSchema;
    rawValue;
    passthrough = false;
    constructor(settings) {
        super();
        this.settings = settings;
        this.json = alloc(INITIAL_BUFFER_SIZE);
    }
    write(schema, value) {
        this.i = 0;
        this.rawValue = value;
        this.rootSchema = NormalizedSchema/* NormalizedSchema */.l1.of(schema);
        this.passthrough = this.rootSchema.isBlobSchema() || this.rootSchema.isStringSchema();
        if (!this.passthrough) {
            this.writeValue(this.rootSchema, value, undefined);
        }
    }
    writeDiscriminatedDocument(schema, value) {
        this.i = 0;
        this.rootSchema = NormalizedSchema/* NormalizedSchema */.l1.of(schema);
        const ns = this.rootSchema;
        if (ns.isStructSchema() && value != null && typeof value === "object") {
            this.writeValue(ns, value, undefined);
            const prefix = `"__type":"${ns.getName(true) ?? "Unknown"}",`;
            const z = prefix.length;
            this.ensure(z);
            this.json.copyWithin(1 + z, 1, this.i);
            encoder.encodeInto(prefix, this.json.subarray(1));
            this.i += z;
        }
        else {
            this.writeValue(ns, value, undefined);
        }
    }
    flush() {
        this.rootSchema = undefined;
        const finalPosition = this.i;
        this.i = 0;
        const raw = this.rawValue;
        this.rawValue = undefined;
        if (finalPosition === 0) {
            return raw;
        }
        const result = this.json.subarray(0, finalPosition);
        this.json = alloc(INITIAL_BUFFER_SIZE);
        return result;
    }
    ensure(byteCount) {
        const { i, json } = this;
        if (i + byteCount > json.length) {
            let newSize = json.length * 2;
            while (newSize < i + byteCount) {
                newSize *= 2;
            }
            const next = alloc(newSize);
            next.set(this.json);
            this.json = next;
        }
    }
    writeAscii(s) {
        const z = s.length;
        this.ensure(z);
        let { i, json } = this;
        for (let j = 0; j < z; ++j) {
            json[i] = s.charCodeAt(j);
            i += 1;
        }
        this.i = i;
    }
    writeAsciiQuoted(s) {
        const z = s.length;
        this.ensure(z + 4);
        let { json, i } = this;
        json[i++] = QUOTE;
        for (let j = 0; j < z; ++j) {
            json[i++] = s.charCodeAt(j);
        }
        json[i++] = QUOTE;
        this.i = i;
    }
    writeJsonString(s) {
        const z = s.length;
        this.ensure(z * 3 + 2);
        this.json[this.i++] = QUOTE;
        for (let j = 0; j < z; ++j) {
            const c = s.charCodeAt(j);
            if (c > 0x22 && c < 0x5c) {
                this.json[this.i++] = c;
            }
            else if (c < 0x80) {
                const esc = ESCAPE_TABLE[c];
                if (esc !== null) {
                    this.ensure(esc.length + 1 + (z - j - 1) * 3 + 1);
                    this.json[this.i++] = BACKSLASH;
                    for (let k = 0; k < esc.length; k++) {
                        this.json[this.i++] = esc.charCodeAt(k);
                    }
                }
                else {
                    this.json[this.i++] = c;
                }
            }
            else if (c >= 0xd800 && c <= 0xdbff) {
                const next = j + 1 < z ? s.charCodeAt(j + 1) : 0;
                if (next >= 0xdc00 && next <= 0xdfff) {
                    this.ensure(4);
                    const { written } = encoder.encodeInto(s.substring(j, j + 2), this.json.subarray(this.i));
                    this.i += written;
                    ++j;
                }
                else {
                    this.ensure(6 + (z - j - 1) * 3 + 1);
                    this.writeUnicodeEscape(c);
                }
            }
            else if (c >= 0xdc00 && c <= 0xdfff) {
                this.ensure(6 + (z - j - 1) * 3 + 1);
                this.writeUnicodeEscape(c);
            }
            else {
                let { i, json } = this;
                if (c < 0x800) {
                    json[i++] = 0xc0 | (c >> 6);
                    json[i++] = 0x80 | (c & 0x3f);
                }
                else {
                    json[i++] = 0xe0 | (c >> 12);
                    json[i++] = 0x80 | ((c >> 6) & 0x3f);
                    json[i++] = 0x80 | (c & 0x3f);
                }
                this.i = i;
            }
        }
        this.json[this.i++] = QUOTE;
    }
    writeUnicodeEscape(code) {
        let { json, i } = this;
        json[i++] = BACKSLASH;
        json[i++] = 0x75;
        const hex = code.toString(16).padStart(4, "0");
        for (let j = 0; j < 4; ++j) {
            json[i++] = hex.charCodeAt(j);
        }
        this.i = i;
    }
    static B64 = (() => {
        const chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        const table = new Uint8Array(64);
        for (let i = 0; i < 64; ++i) {
            table[i] = chars.charCodeAt(i);
        }
        return table;
    })();
    writeBase64(data) {
        const b64Len = Math.ceil(data.length / 3) * 4;
        this.ensure(b64Len + 2);
        const json = this.json;
        const B64 = JsonShapeSerializer2.B64;
        let i = this.i;
        json[i++] = QUOTE;
        const len = data.length;
        const remainder = len % 3;
        const mainLen = len - remainder;
        for (let j = 0; j < mainLen; j += 3) {
            const a = data[j];
            const b = data[j + 1];
            const c = data[j + 2];
            json[i++] = B64[a >> 2];
            json[i++] = B64[((a & 0x03) << 4) | (b >> 4)];
            json[i++] = B64[((b & 0x0f) << 2) | (c >> 6)];
            json[i++] = B64[c & 0x3f];
        }
        if (remainder === 2) {
            const a = data[mainLen];
            const b = data[mainLen + 1];
            json[i++] = B64[a >> 2];
            json[i++] = B64[((a & 0x03) << 4) | (b >> 4)];
            json[i++] = B64[(b & 0x0f) << 2];
            json[i++] = 0x3d;
        }
        else if (remainder === 1) {
            const a = data[mainLen];
            json[i++] = B64[a >> 2];
            json[i++] = B64[(a & 0x03) << 4];
            json[i++] = 0x3d;
            json[i++] = 0x3d;
        }
        json[i++] = QUOTE;
        this.i = i;
    }
    writeValue(schema, value, container) {
        if (value == null) {
            if (container?.isStructSchema()) {
                if (value === undefined) {
                    const ns = NormalizedSchema/* NormalizedSchema */.l1.of(schema);
                    if (ns.isIdempotencyToken()) {
                        this.writeAsciiQuoted((0,serde/* generateIdempotencyToken */.ec)());
                        return;
                    }
                }
                return;
            }
            this.ensure(4);
            this.json.set(NULL, this.i);
            this.i += 4;
            return;
        }
        const ns = NormalizedSchema/* NormalizedSchema */.l1.of(schema);
        const isObject = typeof value === "object";
        if (ns.isStringSchema()) {
            const mediaType = ns.getMergedTraits().mediaType;
            if (mediaType) {
                const isJson = mediaType === "application/json" || mediaType.endsWith("+json");
                if (isJson) {
                    this.writeJsonString(lazy_json/* LazyJsonString */.A.from(value).toString());
                    return;
                }
            }
        }
        if (this.settings.bigNumberAsString && value != null && (ns.isBigIntegerSchema() || ns.isBigDecimalSchema())) {
            const asString = value instanceof NumericValue/* NumericValue */.D ? value.string : String(value);
            this.writeAsciiQuoted(asString);
            return;
        }
        if (isObject) {
            if (ns.isStructSchema()) {
                this.writeStruct(ns, value);
                return;
            }
            if (Array.isArray(value) && (ns.isListSchema() || ns.isDocumentSchema())) {
                this.writeList(ns, value, ns.isDocumentSchema());
                return;
            }
            if (ns.isMapSchema()) {
                this.writeMap(ns, value, false);
                return;
            }
            if (value instanceof Uint8Array && (ns.isBlobSchema() || ns.isDocumentSchema())) {
                this.writeBase64(value);
                return;
            }
            if (value instanceof Date && (ns.isTimestampSchema() || ns.isDocumentSchema())) {
                this.writeTimestamp(ns, value);
                return;
            }
            if (value instanceof NumericValue/* NumericValue */.D) {
                this.writeAscii(value.string);
                return;
            }
            if (ns.isDocumentSchema()) {
                if (Array.isArray(value)) {
                    this.writeList(ns, value, true);
                }
                else {
                    this.writeMap(ns, value, true);
                }
                return;
            }
            const json = JSON.stringify(value);
            this.writeAscii(json);
            return;
        }
        if (typeof value === "string") {
            if (ns.isBlobSchema()) {
                const b64 = (this.serdeContext?.base64Encoder ?? toBase64/* toBase64 */.n)(value);
                this.writeAsciiQuoted(b64);
                return;
            }
            this.writeJsonString(value);
            return;
        }
        if (typeof value === "number") {
            if (Math.abs(value) === Infinity || Number.isNaN(value)) {
                this.writeAsciiQuoted(String(value));
                return;
            }
            const numStr = String(value);
            this.writeAscii(numStr);
            return;
        }
        if (typeof value === "boolean") {
            this.ensure(5);
            let { i, json } = this;
            if (value) {
                json.set(TRUE, i);
                i += 4;
            }
            else {
                json.set(FALSE, i);
                i += 5;
            }
            this.i = i;
            return;
        }
        if (typeof value === "bigint") {
            this.writeAscii(value.toString());
            return;
        }
        this.writeAscii(String(value));
    }
    writeStruct(ns, value) {
        this.ensure(2);
        this.json[this.i++] = OPEN_BRACE;
        let wroteAny = false;
        const hasType = typeof value.__type === "string";
        let writtenKeys;
        if (hasType) {
            writtenKeys = new Set();
        }
        for (const [memberName, memberSchema] of ns.structIterator()) {
            const item = value[memberName];
            if (item == null && !memberSchema.isIdempotencyToken()) {
                continue;
            }
            if (wroteAny) {
                this.ensure(1);
                this.json[this.i++] = COMMA;
            }
            wroteAny = true;
            const targetKey = this.settings.jsonName ? (memberSchema.getMergedTraits().jsonName ?? memberName) : memberName;
            if (writtenKeys) {
                writtenKeys.add(memberName);
                writtenKeys.add(targetKey);
            }
            this.writeAsciiQuoted(targetKey);
            this.json[this.i++] = COLON;
            this.writeValue(memberSchema, item, ns);
        }
        if (!wroteAny && ns.isUnionSchema()) {
            const { $unknown } = value;
            if (Array.isArray($unknown)) {
                const [k, v] = $unknown;
                this.writeAsciiQuoted(k);
                this.ensure(1);
                this.json[this.i++] = COLON;
                this.writeValue(15, v, ns);
            }
        }
        else if (hasType) {
            for (const k in value) {
                if (writtenKeys.has(k)) {
                    continue;
                }
                writtenKeys.add(k);
                const v = value[k];
                if (wroteAny) {
                    this.ensure(1);
                    this.json[this.i++] = COMMA;
                }
                wroteAny = true;
                this.writeAsciiQuoted(k);
                this.ensure(1);
                this.json[this.i++] = COLON;
                this.writeValue(15, v, undefined);
            }
        }
        this.ensure(1);
        this.json[this.i++] = CLOSE_BRACE;
    }
    writeList(ns, value, isDocument) {
        const sparse = !!ns.getMergedTraits().sparse;
        const valueSchema = ns.getValueSchema();
        if (!isDocument) {
            if (valueSchema.isStringSchema() || valueSchema.isNumericSchema() || valueSchema.isBooleanSchema()) {
                let hasSpecials = false;
                for (let i = 0; i < value.length; ++i) {
                    const v = value[i];
                    if (Number.isNaN(v) || v === Infinity || v === -Infinity || (v == null && !sparse)) {
                        hasSpecials = true;
                        break;
                    }
                }
                let json;
                if (!hasSpecials) {
                    json = JSON.stringify(value);
                }
                else {
                    const out = [];
                    for (let i = 0; i < value.length; ++i) {
                        const v = value[i];
                        if (v == null && !sparse) {
                            continue;
                        }
                        if (Number.isNaN(v) || v === Infinity || v === -Infinity) {
                            out.push(String(v));
                        }
                        else {
                            out.push(v);
                        }
                    }
                    json = JSON.stringify(out);
                }
                this.ensure(json.length * 3);
                this.i += encoder.encodeInto(json, this.json.subarray(this.i)).written;
                return;
            }
        }
        this.ensure(2);
        this.json[this.i++] = OPEN_BRACKET;
        let wroteFirstItem = false;
        for (let i = 0; i < value.length; ++i) {
            const item = value[i];
            if (isDocument ? item === undefined : item == null && !sparse) {
                continue;
            }
            if (wroteFirstItem) {
                this.ensure(1);
                this.json[this.i++] = COMMA;
            }
            this.writeValue(valueSchema, item, undefined);
            wroteFirstItem = true;
        }
        this.ensure(1);
        this.json[this.i++] = CLOSE_BRACKET;
    }
    writeMap(ns, value, isDocument) {
        const sparse = !!ns.getMergedTraits().sparse;
        const valueSchema = ns.getValueSchema();
        if (!isDocument) {
            if (valueSchema.isStringSchema() || valueSchema.isNumericSchema() || valueSchema.isBooleanSchema()) {
                let modifications;
                for (const k in value) {
                    if (!(0,hasOwn/* hasOwn */.$)(value, k)) {
                        continue;
                    }
                    const v = value[k];
                    if (Number.isNaN(v) || v === Infinity || v === -Infinity) {
                        (modifications ??= {})[k] = v;
                        value[k] = String(v);
                    }
                    else if (v === null && !sparse) {
                        (modifications ??= {})[k] = null;
                        value[k] = undefined;
                    }
                }
                const json = JSON.stringify(value);
                if (modifications) {
                    Object.assign(value, modifications);
                }
                this.ensure(json.length * 3);
                this.i += encoder.encodeInto(json, this.json.subarray(this.i)).written;
                return;
            }
        }
        this.ensure(2);
        this.json[this.i++] = OPEN_BRACE;
        let first = true;
        for (const k in value) {
            if (!(0,hasOwn/* hasOwn */.$)(value, k)) {
                continue;
            }
            const v = value[k];
            if (isDocument ? v === undefined : v == null && !sparse) {
                continue;
            }
            if (!first) {
                this.ensure(1);
                this.json[this.i++] = COMMA;
            }
            first = false;
            this.writeJsonString(k);
            this.ensure(1);
            this.json[this.i++] = COLON;
            this.writeValue(valueSchema, v, undefined);
        }
        this.ensure(1);
        this.json[this.i++] = CLOSE_BRACE;
    }
    writeTimestamp(ns, value) {
        const format = (0,determineTimestampFormat/* determineTimestampFormat */.V)(ns, this.settings);
        switch (format) {
            case 5: {
                const iso = value.toISOString().replace(".000Z", "Z");
                this.writeAsciiQuoted(iso);
                return;
            }
            case 6: {
                this.writeAsciiQuoted((0,date_utils/* dateToUtcString */.JV)(value));
                return;
            }
            case 7: {
                const epochSecs = String(value.getTime() / 1000);
                this.writeAscii(epochSecs);
                return;
            }
            default: {
                const epochSecs = String(value.getTime() / 1000);
                this.writeAscii(epochSecs);
                return;
            }
        }
    }
}

;// CONCATENATED MODULE: ../node_modules/@smithy/core/dist-es/submodules/protocols/json/codec-v2/JsonCodec2.js



class JsonCodec2 extends SerdeContextConfig {
    settings;
    constructor(settings) {
        super();
        this.settings = settings;
    }
    createSerializer() {
        const serializer = new JsonShapeSerializer2(this.settings);
        serializer.setSerdeContext(this.serdeContext);
        return serializer;
    }
    createDeserializer() {
        const deserializer = new JsonShapeDeserializer2(this.settings);
        deserializer.setSerdeContext(this.serdeContext);
        return deserializer;
    }
}


/***/ }),

/***/ 6478:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ detectBufferParsing)
/* harmony export */ });
let canParseBuffer;
function detectBufferParsing() {
    if (canParseBuffer === undefined) {
        try {
            if (typeof Buffer !== "function") {
                canParseBuffer = false;
            }
            else {
                const result = JSON.parse(Buffer.from([0x7b, 0x7d]));
                canParseBuffer = result !== null && typeof result === "object";
            }
        }
        catch {
            canParseBuffer = false;
        }
    }
    return canParseBuffer;
}


/***/ }),

/***/ 9322:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ jsonReviver)
/* harmony export */ });
/* harmony import */ var _smithy_core_serde__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5694);

function jsonReviver(key, value, context) {
    if (context?.source) {
        const numericString = context.source;
        if (typeof value === "number") {
            const inSafeRange = value <= Number.MAX_SAFE_INTEGER && value >= Number.MIN_SAFE_INTEGER;
            if (inSafeRange) {
                if (isRepresentable(numericString, value)) {
                    return value;
                }
                return new _smithy_core_serde__WEBPACK_IMPORTED_MODULE_0__/* .NumericValue */ .D(numericString, "bigDecimal");
            }
            else {
                if (isFractionalBigNumeric(numericString)) {
                    return new _smithy_core_serde__WEBPACK_IMPORTED_MODULE_0__/* .NumericValue */ .D(numericString, "bigDecimal");
                }
                if (/[eE]/.test(numericString)) {
                    return expandExponentToBigInt(numericString);
                }
                return BigInt(numericString);
            }
        }
    }
    return value;
}
function isFractionalBigNumeric(s) {
    const dotIndex = s.indexOf(".");
    if (dotIndex === -1) {
        return false;
    }
    const eIndex = s.search(/[eE]/);
    if (eIndex === -1) {
        return true;
    }
    const fracDigits = eIndex - dotIndex - 1;
    const exp = parseInt(s.slice(eIndex + 1), 10);
    return exp < fracDigits;
}
function isRepresentable(numericString, value) {
    if (numericString === String(value)) {
        return true;
    }
    if (Object.is(value, -0)) {
        return true;
    }
    if (/[eE]/.test(numericString)) {
        return expandToDecimal(numericString) === expandToDecimal(String(value));
    }
    const normalized = numericString.replace(/(\.\d*?)0+$/, "$1").replace(/\.$/, "");
    const canonical = String(value);
    if (normalized === canonical) {
        return true;
    }
    if (/[eE]/.test(canonical)) {
        return normalized === expandToDecimal(canonical);
    }
    return false;
}
function expandToDecimal(s) {
    const negative = s.startsWith("-");
    const abs = negative ? s.slice(1) : s;
    const eIndex = abs.search(/[eE]/);
    let result;
    if (eIndex === -1) {
        result = abs;
    }
    else {
        const exp = parseInt(abs.slice(eIndex + 1), 10);
        const mantissa = abs.slice(0, eIndex);
        const dotIndex = mantissa.indexOf(".");
        let digits;
        let intLen;
        if (dotIndex === -1) {
            digits = mantissa;
            intLen = mantissa.length;
        }
        else {
            digits = mantissa.slice(0, dotIndex) + mantissa.slice(dotIndex + 1);
            intLen = dotIndex;
        }
        digits = digits.replace(/0+$/, "") || "0";
        const newDotPos = intLen + exp;
        if (digits === "0") {
            result = "0";
        }
        else if (newDotPos <= 0) {
            result = "0." + "0".repeat(-newDotPos) + digits;
        }
        else if (newDotPos >= digits.length) {
            result = digits + "0".repeat(newDotPos - digits.length);
        }
        else {
            result = digits.slice(0, newDotPos) + "." + digits.slice(newDotPos);
        }
    }
    if (result.includes(".")) {
        result = result.replace(/(\.\d*?)0+$/, "$1").replace(/\.$/, "");
    }
    return (negative ? "-" : "") + result;
}
function expandExponentToBigInt(s) {
    const eIndex = s.search(/[eE]/);
    const exp = parseInt(s.slice(eIndex + 1), 10);
    const negative = s.startsWith("-");
    const mantissa = s.slice(negative ? 1 : 0, eIndex);
    const dotIndex = mantissa.indexOf(".");
    let digits;
    let shift;
    if (dotIndex === -1) {
        digits = mantissa;
        shift = exp;
    }
    else {
        digits = mantissa.slice(0, dotIndex) + mantissa.slice(dotIndex + 1);
        const fracDigits = mantissa.length - dotIndex - 1;
        shift = exp - fracDigits;
    }
    digits = digits.replace(/0+$/, "") || "0";
    const result = BigInt(digits) * 10n ** BigInt(shift + (mantissa.replace(".", "").length - digits.length));
    return negative ? -result : result;
}


/***/ }),

/***/ 1427:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ needsReviver)
/* harmony export */ });
/* harmony import */ var _smithy_core_schema__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6627);

const REVIVER_SYMBOL = Symbol.for("@aws-sdk/reviver");
function needsReviver(schema) {
    const ns = _smithy_core_schema__WEBPACK_IMPORTED_MODULE_0__/* .NormalizedSchema */ .l1.of(schema);
    const raw = ns.getSchema();
    if (Array.isArray(raw) && ns.isStructSchema()) {
        if (REVIVER_SYMBOL in raw) {
            return raw[REVIVER_SYMBOL];
        }
        const result = _check(ns, new Set());
        raw[REVIVER_SYMBOL] = result;
        return result;
    }
    return _check(ns, new Set());
}
function _check(ns, seen) {
    const raw = ns.getSchema();
    if (seen.has(raw)) {
        return false;
    }
    seen.add(raw);
    if (ns.isBigIntegerSchema() || ns.isBigDecimalSchema()) {
        return true;
    }
    if (ns.isStructSchema()) {
        for (const [, memberSchema] of ns.structIterator()) {
            if (_check(memberSchema, seen)) {
                return true;
            }
        }
    }
    else if (ns.isListSchema() || ns.isMapSchema()) {
        if (_check(ns.getValueSchema(), seen)) {
            return true;
        }
    }
    else if (ns.isDocumentSchema()) {
        return true;
    }
    return false;
}


/***/ }),

/***/ 8876:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  rh: () => (/* binding */ loadJsonRpcErrorCode),
  cJ: () => (/* binding */ loadRestJsonErrorCode),
  Y2: () => (/* binding */ parseJsonBody)
});

// UNUSED EXPORTS: loadSmithyRpcV2JsonErrorCode, parseJsonErrorBody

// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/protocols/collect-stream-body.js
var collect_stream_body = __nccwpck_require__(3822);
// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/serde/util-utf8/toUtf8.js
var toUtf8 = __nccwpck_require__(1787);
;// CONCATENATED MODULE: ../node_modules/@smithy/core/dist-es/submodules/protocols/common.js


const collectBodyString = (streamBody, context) => (0,collect_stream_body/* collectBody */.P)(streamBody, context).then((body) => (context?.utf8Encoder ?? toUtf8/* toUtf8 */.P)(body));

// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/protocols/json/detectBufferParsing.js
var detectBufferParsing = __nccwpck_require__(6478);
// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/protocols/json/jsonReviver.js
var jsonReviver = __nccwpck_require__(9322);
// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/protocols/json/needsReviver.js
var needsReviver = __nccwpck_require__(1427);
;// CONCATENATED MODULE: ../node_modules/@smithy/core/dist-es/submodules/protocols/json/parseJsonBody.js





async function parseJsonBody(streamBody, context, schema) {
    let parsingInput;
    if ((0,detectBufferParsing/* detectBufferParsing */.S)() && typeof streamBody?.[Symbol.asyncIterator] === "function") {
        const buffer = await (0,collect_stream_body/* collectBody */.P)(streamBody, context);
        if (typeof Buffer === "function") {
            if (Buffer.isBuffer(buffer)) {
                parsingInput = buffer;
            }
            else {
                parsingInput = Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength);
            }
        }
    }
    if (!parsingInput) {
        parsingInput = await collectBodyString(streamBody, context);
    }
    if (parsingInput.length === 0) {
        return {};
    }
    const reviver = schema && (0,needsReviver/* needsReviver */.t)(schema) ? jsonReviver/* jsonReviver */.E : undefined;
    try {
        return JSON.parse(parsingInput, reviver);
    }
    catch (e) {
        if (e?.name === "SyntaxError") {
            Object.defineProperty(e, "$responseBodyText", {
                value: typeof parsingInput === "string" ? parsingInput : parsingInput.toString("utf8"),
            });
        }
        throw e;
    }
}
const parseJsonErrorBody = async (errorBody, context) => {
    const value = await parseJsonBody(errorBody, context);
    value.message = value.message ?? value.Message;
    return value;
};
const findKey = (object, key) => Object.keys(object).find((k) => k.toLowerCase() === key.toLowerCase());
const sanitizeErrorCode = (rawValue) => {
    let cleanValue = rawValue;
    if (typeof cleanValue === "number") {
        cleanValue = cleanValue.toString();
    }
    if (cleanValue.indexOf(",") >= 0) {
        cleanValue = cleanValue.split(",")[0];
    }
    if (cleanValue.indexOf(":") >= 0) {
        cleanValue = cleanValue.split(":")[0];
    }
    if (cleanValue.indexOf("#") >= 0) {
        cleanValue = cleanValue.split("#")[1];
    }
    return cleanValue;
};
const loadRestJsonErrorCode = (output, data) => {
    return loadErrorCode(output, data, ["header", "code", "type"]);
};
const loadJsonRpcErrorCode = (output, data, queryCompat = false) => {
    return loadErrorCode(output, data, queryCompat ? ["code", "header", "type"] : ["type", "code", "header"]);
};
const loadSmithyRpcV2JsonErrorCode = (output, data) => {
    if (data?.__type !== undefined) {
        let cleanValue = data.__type;
        if (typeof cleanValue === "number") {
            cleanValue = cleanValue.toString();
        }
        if (cleanValue.indexOf(",") >= 0) {
            cleanValue = cleanValue.split(",")[0];
        }
        if (cleanValue.indexOf(":") >= 0) {
            cleanValue = cleanValue.split(":")[0];
        }
        return cleanValue;
    }
};
const loadErrorCode = ({ headers }, data, order) => {
    while (order.length > 0) {
        const location = order.shift();
        switch (location) {
            case "header":
                const headerKey = findKey(headers ?? {}, "x-amzn-errortype");
                if (headerKey !== undefined) {
                    return sanitizeErrorCode(headers[headerKey]);
                }
                break;
            case "code":
                const codeKey = findKey(data ?? {}, "code");
                if (codeKey && data[codeKey] !== undefined) {
                    return sanitizeErrorCode(data[codeKey]);
                }
                break;
            case "type":
                if (data?.__type !== undefined) {
                    return sanitizeErrorCode(data.__type);
                }
                break;
        }
    }
};


/***/ }),

/***/ 7979:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   vK: () => (/* binding */ getContentLengthPlugin)
/* harmony export */ });
/* unused harmony exports contentLengthMiddleware, contentLengthMiddlewareOptions */
/* harmony import */ var _smithy_core_transport__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1871);

const CONTENT_LENGTH_HEADER = "content-length";
function contentLengthMiddleware(bodyLengthChecker) {
    return (next) => async (args) => {
        const request = args.request;
        if (_smithy_core_transport__WEBPACK_IMPORTED_MODULE_0__/* .HttpRequest */ .K.isInstance(request)) {
            const { body, headers } = request;
            if (body &&
                Object.keys(headers)
                    .map((str) => str.toLowerCase())
                    .indexOf(CONTENT_LENGTH_HEADER) === -1) {
                try {
                    const length = bodyLengthChecker(body);
                    if (length != null) {
                        request.headers = {
                            ...request.headers,
                            [CONTENT_LENGTH_HEADER]: String(length),
                        };
                    }
                }
                catch (ignored) {
                }
            }
        }
        return next({
            ...args,
            request,
        });
    };
}
const contentLengthMiddlewareOptions = {
    step: "build",
    tags: ["SET_CONTENT_LENGTH", "CONTENT_LENGTH"],
    name: "contentLengthMiddleware",
    override: true,
};
const getContentLengthPlugin = (options) => ({
    applyToStack: (clientStack) => {
        clientStack.add(contentLengthMiddleware(options.bodyLengthChecker), contentLengthMiddlewareOptions);
    },
});


/***/ }),

/***/ 8440:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ getHttpHandlerExtensionConfiguration),
/* harmony export */   j: () => (/* binding */ resolveHttpHandlerRuntimeConfig)
/* harmony export */ });
const getHttpHandlerExtensionConfiguration = (runtimeConfig) => {
    if (runtimeConfig.logger && runtimeConfig.logger.constructor?.name !== "NoOpLogger") {
        runtimeConfig.requestHandler?.updateHttpClientConfig?.(Symbol.for("logger"), runtimeConfig.logger);
    }
    if (runtimeConfig.defaultSocketTimeout) {
        runtimeConfig.requestHandler?.updateHttpClientConfig?.(Symbol.for("@smithy/defaultSocketTimeout"), runtimeConfig.defaultSocketTimeout);
    }
    return {
        setHttpHandler(handler) {
            runtimeConfig.requestHandler = handler;
        },
        httpHandler() {
            return runtimeConfig.requestHandler;
        },
        updateHttpClientConfig(key, value) {
            runtimeConfig.requestHandler?.updateHttpClientConfig(key, value);
        },
        httpHandlerConfigs() {
            return runtimeConfig.requestHandler.httpHandlerConfigs();
        },
    };
};
const resolveHttpHandlerRuntimeConfig = (httpHandlerExtensionConfiguration) => {
    return {
        requestHandler: httpHandlerExtensionConfiguration.httpHandler(),
    };
};


/***/ }),

/***/ 9462:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ determineTimestampFormat)
/* harmony export */ });
function determineTimestampFormat(ns, settings) {
    if (settings.timestampFormat.useTrait) {
        const schema = ns.getSchema();
        if (schema === 5 ||
            schema === 6 ||
            schema === 7) {
            return schema;
        }
    }
    const { httpLabel, httpPrefixHeaders, httpHeader, httpQuery } = ns.getMergedTraits();
    const bindingFormat = settings.httpBindings
        ? typeof httpPrefixHeaders === "string" || Boolean(httpHeader)
            ? 6
            : Boolean(httpQuery) || Boolean(httpLabel)
                ? 5
                : undefined
        : undefined;
    return bindingFormat ?? settings.timestampFormat.default;
}


/***/ }),

/***/ 7270:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ escapeUri)
/* harmony export */ });
const escapeUri = (uri) => encodeURIComponent(uri).replace(/[!'()*]/g, hexEncode);
const hexEncode = (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`;


/***/ }),

/***/ 868:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  ey: () => (/* binding */ getRetryPlugin)
});

// UNUSED EXPORTS: AdaptiveRetryStrategy, CONFIG_MAX_ATTEMPTS, CONFIG_RETRY_MODE, ConfiguredRetryStrategy, DEFAULT_MAX_ATTEMPTS, DEFAULT_RETRY_DELAY_BASE, DEFAULT_RETRY_MODE, DefaultRateLimiter, DeprecatedAdaptiveRetryStrategy, DeprecatedStandardRetryStrategy, ENV_MAX_ATTEMPTS, ENV_RETRY_MODE, INITIAL_RETRY_TOKENS, INVOCATION_ID_HEADER, MAXIMUM_RETRY_DELAY, NODE_MAX_ATTEMPT_CONFIG_OPTIONS, NODE_RETRY_MODE_CONFIG_OPTIONS, NO_RETRY_INCREMENT, REQUEST_HEADER, RETRY_COST, RETRY_MODES, Retry, StandardRetryStrategy, THROTTLING_RETRY_DELAY_BASE, TIMEOUT_RETRY_COST, defaultDelayDecider, defaultRetryDecider, getOmitRetryHeadersPlugin, getRetryAfterHint, isBrowserNetworkError, isClockSkewCorrectedError, isClockSkewError, isNodeJsHttp2TransientError, isRetryableByTrait, isServerError, isThrottlingError, isTransientError, omitRetryHeadersMiddleware, omitRetryHeadersMiddlewareOptions, resolveRetryConfig, retryMiddleware, retryMiddlewareOptions

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __nccwpck_require__(7075);
;// CONCATENATED MODULE: ../node_modules/@smithy/core/dist-es/submodules/retry/middleware-retry/isStreamingPayload/isStreamingPayload.js

const isStreamingPayload = (request) => request?.body instanceof external_node_stream_.Readable ||
    (typeof ReadableStream !== "undefined" && request?.body instanceof ReadableStream);

// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/client/smithy-client/NoOpLogger.js
var NoOpLogger = __nccwpck_require__(51);
// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/transport/httpRequest.js
var httpRequest = __nccwpck_require__(1871);
// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/serde/index.js + 2 modules
var serde = __nccwpck_require__(175);
// EXTERNAL MODULE: ../node_modules/@smithy/types/dist-es/middleware.js
var middleware = __nccwpck_require__(876);
// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/retry/service-error-classification/service-error-classification.js + 1 modules
var service_error_classification = __nccwpck_require__(3068);
;// CONCATENATED MODULE: ../node_modules/@smithy/core/dist-es/submodules/retry/util-retry/race.js
const race = (promise, signal) => {
    if (!signal) {
        return promise;
    }
    let cleanup = () => { };
    const aborted = new Promise((_, reject) => {
        const handler = () => reject(createAbortError(signal));
        if (signal.aborted) {
            handler();
        }
        else if (typeof signal.addEventListener === "function") {
            signal.addEventListener("abort", handler, { once: true });
            cleanup = () => signal.removeEventListener("abort", handler);
        }
        else {
            signal.onabort = handler;
        }
    });
    return Promise.race([promise, aborted]).finally(cleanup);
};
const createAbortError = (signal) => {
    const reason = signal.reason;
    if (reason instanceof Error) {
        return Object.assign(new Error("Request aborted"), { name: "AbortError", cause: reason });
    }
    return Object.assign(new Error(reason ? String(reason) : "Request aborted"), { name: "AbortError" });
};
const isAbortError = (error) => typeof error === "object" && error !== null && "name" in error && error.name === "AbortError";

// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/retry/util-retry/constants.js
var constants = __nccwpck_require__(4132);
// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/transport/hasOwn.js
var hasOwn = __nccwpck_require__(6852);
// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/transport/httpResponse.js
var httpResponse = __nccwpck_require__(7291);
// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/serde/date-utils.js + 1 modules
var date_utils = __nccwpck_require__(8227);
;// CONCATENATED MODULE: ../node_modules/@smithy/core/dist-es/submodules/retry/middleware-retry/parseRetryAfterHeader.js



function parseRetryAfterHeader(response, logger) {
    if (!httpResponse/* HttpResponse */.c.isInstance(response)) {
        return;
    }
    for (const header in response.headers) {
        if (!(0,hasOwn/* hasOwn */.$)(response.headers, header)) {
            continue;
        }
        const h = header.toLowerCase();
        if (h === "retry-after") {
            const retryAfter = response.headers[header];
            let retryAfterSeconds = NaN;
            if (retryAfter.endsWith("GMT")) {
                try {
                    const date = (0,date_utils/* parseRfc7231DateTime */.xE)(retryAfter);
                    retryAfterSeconds = (date.getTime() - Date.now()) / 1000;
                }
                catch (e) {
                    logger?.trace?.("Failed to parse retry-after header");
                    logger?.trace?.(e);
                }
            }
            else if (retryAfter.match(/ GMT, ((\d+)|(\d+\.\d+))$/)) {
                retryAfterSeconds = Number(retryAfter.match(/ GMT, ([\d.]+)$/)?.[1]);
            }
            else if (retryAfter.match(/^((\d+)|(\d+\.\d+))$/)) {
                retryAfterSeconds = Number(retryAfter);
            }
            else if (Date.parse(retryAfter) >= Date.now()) {
                retryAfterSeconds = (Date.parse(retryAfter) - Date.now()) / 1000;
            }
            if (isNaN(retryAfterSeconds)) {
                return;
            }
            return new Date(Date.now() + retryAfterSeconds * 1000);
        }
        else if (h === "x-amz-retry-after") {
            const v = response.headers[header];
            const backoffMilliseconds = Number(v);
            if (isNaN(backoffMilliseconds)) {
                logger?.trace?.(`Failed to parse x-amz-retry-after=${v}`);
                return;
            }
            return new Date(Date.now() + backoffMilliseconds);
        }
    }
}
function getRetryAfterHint(response, logger) {
    return parseRetryAfterHeader(response, logger);
}

;// CONCATENATED MODULE: ../node_modules/@smithy/core/dist-es/submodules/retry/middleware-retry/util.js
const asSdkError = (error) => {
    if (error instanceof Error) {
        return error;
    }
    if (error instanceof Object) {
        return Object.assign(new Error(), error);
    }
    if (typeof error === "string") {
        return new Error(error);
    }
    return new Error(`AWS SDK error wrapper for ${error}`);
};

;// CONCATENATED MODULE: ../node_modules/@smithy/core/dist-es/submodules/retry/middleware-retry/retryMiddleware.js









function bindRetryMiddleware(isStreamingPayload) {
    return (options) => (next, context) => async (args) => {
        let retryStrategy = await options.retryStrategy();
        const maxAttempts = await options.maxAttempts();
        const abortSignal = context[middleware/* SMITHY_CONTEXT_KEY */.V]?.abortSignal;
        if (isRetryStrategyV2(retryStrategy)) {
            retryStrategy = retryStrategy;
            const retryTokenScope = (context["partition_id"] ?? "") + (context.__retryLongPoll ? ":longpoll" : "");
            let retryToken = await race(retryStrategy.acquireInitialRetryToken(retryTokenScope), abortSignal);
            let lastError = new Error();
            let attempts = 0;
            let totalRetryDelay = 0;
            const { request } = args;
            const isRequest = httpRequest/* HttpRequest */.K.isInstance(request);
            if (isRequest) {
                request.headers[constants/* INVOCATION_ID_HEADER */.l5] = (0,serde.v4)();
            }
            while (true) {
                try {
                    if (isRequest) {
                        request.headers[constants/* REQUEST_HEADER */.ok] = `attempt=${attempts + 1}; max=${maxAttempts}`;
                    }
                    const { response, output } = await next(args);
                    retryStrategy.recordSuccess(retryToken);
                    output.$metadata.attempts = attempts + 1;
                    output.$metadata.totalRetryDelay = totalRetryDelay;
                    return { response, output };
                }
                catch (e) {
                    const retryErrorInfo = getRetryErrorInfo(e, options.logger);
                    lastError = asSdkError(e);
                    if (isRequest && isStreamingPayload(request)) {
                        (context.logger instanceof NoOpLogger/* NoOpLogger */.N ? console : context.logger)?.warn("An error was encountered in a non-retryable streaming request.");
                        throw lastError;
                    }
                    try {
                        if (abortSignal?.aborted) {
                            throw lastError;
                        }
                        retryToken = await race(retryStrategy.refreshRetryTokenForRetry(retryToken, retryErrorInfo), abortSignal);
                    }
                    catch (refreshError) {
                        if (refreshError !== lastError && abortSignal?.aborted && isAbortError(refreshError)) {
                            throw refreshError;
                        }
                        if (!lastError.$metadata) {
                            lastError.$metadata = {};
                        }
                        lastError.$metadata.attempts = attempts + 1;
                        lastError.$metadata.totalRetryDelay = totalRetryDelay;
                        throw lastError;
                    }
                    attempts = retryToken.getRetryCount();
                    const delay = retryToken.getRetryDelay();
                    totalRetryDelay += (retryToken?.$retryLog?.acquisitionDelay ?? 0) + delay;
                    if (delay > 0) {
                        await race(new Promise((resolve) => setTimeout(resolve, delay)), abortSignal);
                    }
                }
            }
        }
        else {
            retryStrategy = retryStrategy;
            if (retryStrategy?.mode) {
                context.userAgent = [...(context.userAgent || []), ["cfg/retry-mode", retryStrategy.mode]];
            }
            return retryStrategy.retry(next, args);
        }
    };
}
const isRetryStrategyV2 = (retryStrategy) => typeof retryStrategy.acquireInitialRetryToken !== "undefined" &&
    typeof retryStrategy.refreshRetryTokenForRetry !== "undefined" &&
    typeof retryStrategy.recordSuccess !== "undefined";
const getRetryErrorInfo = (error, logger) => {
    const errorInfo = {
        error,
        errorType: getRetryErrorType(error),
    };
    const retryAfterHint = parseRetryAfterHeader(error.$response, logger);
    if (retryAfterHint) {
        errorInfo.retryAfterHint = retryAfterHint;
    }
    return errorInfo;
};
const getRetryErrorType = (error) => {
    if ((0,service_error_classification/* isThrottlingError */.Qb)(error)) {
        return "THROTTLING";
    }
    if ((0,service_error_classification/* isTransientError */.bV)(error)) {
        return "TRANSIENT";
    }
    if ((0,service_error_classification/* isServerError */.GQ)(error)) {
        return "SERVER_ERROR";
    }
    return "CLIENT_ERROR";
};
const retryMiddlewareOptions = {
    name: "retryMiddleware",
    tags: ["RETRY"],
    step: "finalizeRequest",
    priority: "high",
    override: true,
};
function bindGetRetryPlugin(isStreamingPayload) {
    const retryMiddleware = bindRetryMiddleware(isStreamingPayload);
    return (options) => ({
        applyToStack: (clientStack) => {
            clientStack.add(retryMiddleware(options), retryMiddlewareOptions);
        },
    });
}

;// CONCATENATED MODULE: ../node_modules/@smithy/core/dist-es/submodules/retry/index.js


















const retryMiddleware = bindRetryMiddleware(isStreamingPayload);
const getRetryPlugin = bindGetRetryPlugin(isStreamingPayload);


/***/ }),

/***/ 478:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  qs: () => (/* binding */ NODE_MAX_ATTEMPT_CONFIG_OPTIONS),
  kN: () => (/* binding */ NODE_RETRY_MODE_CONFIG_OPTIONS),
  $z: () => (/* binding */ resolveRetryConfig)
});

// UNUSED EXPORTS: CONFIG_MAX_ATTEMPTS, CONFIG_RETRY_MODE, ENV_MAX_ATTEMPTS, ENV_RETRY_MODE

// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/transport/normalizeProvider.js
var normalizeProvider = __nccwpck_require__(4876);
// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/retry/service-error-classification/service-error-classification.js + 1 modules
var service_error_classification = __nccwpck_require__(3068);
;// CONCATENATED MODULE: ../node_modules/@smithy/core/dist-es/submodules/retry/util-retry/DefaultRateLimiter.js

class DefaultRateLimiter {
    static setTimeoutFn = (fn, delay) => setTimeout(fn, delay);
    beta;
    minCapacity;
    minFillRate;
    scaleConstant;
    smooth;
    enabled = false;
    availableTokens = 0;
    lastMaxRate = 0;
    measuredTxRate = 0;
    requestCount = 0;
    fillRate;
    lastThrottleTime;
    lastTimestamp = 0;
    lastTxRateBucket;
    maxCapacity;
    timeWindow = 0;
    constructor(options) {
        this.beta = options?.beta ?? 0.7;
        this.minCapacity = options?.minCapacity ?? 1;
        this.minFillRate = options?.minFillRate ?? 0.5;
        this.scaleConstant = options?.scaleConstant ?? 0.4;
        this.smooth = options?.smooth ?? 0.8;
        this.lastThrottleTime = this.getCurrentTimeInSeconds();
        this.lastTxRateBucket = Math.floor(this.getCurrentTimeInSeconds());
        this.fillRate = this.minFillRate;
        this.maxCapacity = this.minCapacity;
    }
    async getSendToken() {
        return this.acquireTokenBucket(1);
    }
    updateClientSendingRate(response) {
        let calculatedRate;
        this.updateMeasuredRate();
        const retryErrorInfo = response;
        const isThrottling = retryErrorInfo?.errorType === "THROTTLING" || (0,service_error_classification/* isThrottlingError */.Qb)(retryErrorInfo?.error ?? response);
        if (isThrottling) {
            const rateToUse = !this.enabled ? this.measuredTxRate : Math.min(this.measuredTxRate, this.fillRate);
            this.lastMaxRate = rateToUse;
            this.calculateTimeWindow();
            this.lastThrottleTime = this.getCurrentTimeInSeconds();
            calculatedRate = this.cubicThrottle(rateToUse);
            this.enableTokenBucket();
        }
        else {
            this.calculateTimeWindow();
            calculatedRate = this.cubicSuccess(this.getCurrentTimeInSeconds());
        }
        const newRate = Math.min(calculatedRate, 2 * this.measuredTxRate);
        this.updateTokenBucketRate(newRate);
    }
    getCurrentTimeInSeconds() {
        return Date.now() / 1000;
    }
    async acquireTokenBucket(amount) {
        if (!this.enabled) {
            return;
        }
        this.refillTokenBucket();
        while (amount > this.availableTokens) {
            const delay = ((amount - this.availableTokens) / this.fillRate) * 1000;
            await new Promise((resolve) => DefaultRateLimiter.setTimeoutFn(resolve, delay));
            this.refillTokenBucket();
        }
        this.availableTokens = this.availableTokens - amount;
    }
    refillTokenBucket() {
        const timestamp = this.getCurrentTimeInSeconds();
        if (!this.lastTimestamp) {
            this.lastTimestamp = timestamp;
            return;
        }
        const fillAmount = (timestamp - this.lastTimestamp) * this.fillRate;
        this.availableTokens = Math.min(this.maxCapacity, this.availableTokens + fillAmount);
        this.lastTimestamp = timestamp;
    }
    calculateTimeWindow() {
        this.timeWindow = this.getPrecise(Math.pow((this.lastMaxRate * (1 - this.beta)) / this.scaleConstant, 1 / 3));
    }
    cubicThrottle(rateToUse) {
        return this.getPrecise(rateToUse * this.beta);
    }
    cubicSuccess(timestamp) {
        return this.getPrecise(this.scaleConstant * Math.pow(timestamp - this.lastThrottleTime - this.timeWindow, 3) + this.lastMaxRate);
    }
    enableTokenBucket() {
        this.enabled = true;
    }
    updateTokenBucketRate(newRate) {
        this.refillTokenBucket();
        this.fillRate = Math.max(newRate, this.minFillRate);
        this.maxCapacity = Math.max(newRate, this.minCapacity);
        this.availableTokens = Math.min(this.availableTokens, this.maxCapacity);
    }
    updateMeasuredRate() {
        const t = this.getCurrentTimeInSeconds();
        const timeBucket = Math.floor(t * 2) / 2;
        this.requestCount++;
        if (timeBucket > this.lastTxRateBucket) {
            const currentRate = this.requestCount / (timeBucket - this.lastTxRateBucket);
            this.measuredTxRate = this.getPrecise(currentRate * this.smooth + this.measuredTxRate * (1 - this.smooth));
            this.requestCount = 0;
            this.lastTxRateBucket = timeBucket;
        }
    }
    getPrecise(num) {
        return parseFloat(num.toFixed(8));
    }
}

// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/retry/util-retry/constants.js
var constants = __nccwpck_require__(4132);
;// CONCATENATED MODULE: ../node_modules/@smithy/core/dist-es/submodules/retry/util-retry/retries-2026-config.js
class Retry {
    static v2026 = true;
    static delay() {
        return 50;
    }
    static throttlingDelay() {
        return 1_000;
    }
    static cost() {
        return 14;
    }
    static throttlingCost() {
        return 5;
    }
    static modifiedCostType() {
        return "THROTTLING";
    }
}

;// CONCATENATED MODULE: ../node_modules/@smithy/core/dist-es/submodules/retry/util-retry/DefaultRetryBackoffStrategy.js


class DefaultRetryBackoffStrategy {
    x = Retry.delay();
    computeNextBackoffDelay(i) {
        const b = Math.random();
        const r = 2;
        const t_i = b * Math.min(this.x * r ** i, constants/* MAXIMUM_RETRY_DELAY */.G8);
        return Math.floor(t_i);
    }
    setDelayBase(delay) {
        this.x = delay;
    }
}

;// CONCATENATED MODULE: ../node_modules/@smithy/core/dist-es/submodules/retry/util-retry/DefaultRetryToken.js

class DefaultRetryToken {
    delay;
    count;
    cost;
    longPoll;
    $retryLog = {
        acquisitionDelay: 0,
    };
    constructor(delay, count, cost, longPoll) {
        this.delay = delay;
        this.count = count;
        this.cost = cost;
        this.longPoll = longPoll;
    }
    getRetryCount() {
        return this.count;
    }
    getRetryDelay() {
        return Math.min(constants/* MAXIMUM_RETRY_DELAY */.G8, this.delay);
    }
    getRetryCost() {
        return this.cost;
    }
    isLongPoll() {
        return this.longPoll;
    }
}

// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/retry/util-retry/config.js
var config = __nccwpck_require__(9903);
;// CONCATENATED MODULE: ../node_modules/@smithy/core/dist-es/submodules/retry/util-retry/StandardRetryStrategy.js





const refusal = {
    incompatible: 1,
    attempts: 2,
    capacity: 3,
};
class StandardRetryStrategy {
    mode = config/* RETRY_MODES */.cm.STANDARD;
    retryBackoffStrategy;
    capacity = constants/* INITIAL_RETRY_TOKENS */.Df;
    maxAttemptsProvider;
    baseDelay;
    constructor(arg1) {
        if (typeof arg1 === "number") {
            this.maxAttemptsProvider = async () => arg1;
        }
        else if (typeof arg1 === "function") {
            this.maxAttemptsProvider = arg1;
        }
        else if (arg1 && typeof arg1 === "object") {
            this.maxAttemptsProvider = async () => arg1.maxAttempts;
            this.baseDelay = arg1.baseDelay;
            this.retryBackoffStrategy = arg1.backoff;
        }
        this.maxAttemptsProvider ??= async () => config/* DEFAULT_MAX_ATTEMPTS */.Gz;
        this.baseDelay ??= Retry.delay();
        this.retryBackoffStrategy ??= new DefaultRetryBackoffStrategy();
    }
    async acquireInitialRetryToken(retryTokenScope) {
        return new DefaultRetryToken(Retry.delay(), 0, undefined, retryTokenScope.includes(":longpoll"));
    }
    async refreshRetryTokenForRetry(token, errorInfo) {
        const maxAttempts = await this.getMaxAttempts();
        const retryCode = this.retryCode(token, errorInfo, maxAttempts);
        const shouldRetry = retryCode === 0;
        const isLongPoll = token.isLongPoll?.();
        if (shouldRetry || isLongPoll) {
            const errorType = errorInfo.errorType;
            this.retryBackoffStrategy.setDelayBase(errorType === "THROTTLING" ? Retry.throttlingDelay() : this.baseDelay);
            const delayFromErrorType = this.retryBackoffStrategy.computeNextBackoffDelay(token.getRetryCount());
            let retryDelay = delayFromErrorType;
            if (errorInfo.retryAfterHint instanceof Date) {
                retryDelay = Math.max(delayFromErrorType, Math.min(errorInfo.retryAfterHint.getTime() - Date.now(), delayFromErrorType + 5_000));
            }
            if (!shouldRetry) {
                const longPollBackoff = retryCode === refusal.capacity && isLongPoll ? retryDelay : 0;
                if (longPollBackoff > 0) {
                    await new Promise((r) => setTimeout(r, longPollBackoff));
                }
            }
            else {
                const capacityCost = this.getCapacityCost(errorType);
                this.capacity -= capacityCost;
                const nextToken = new DefaultRetryToken(0, token.getRetryCount() + 1, capacityCost, token.isLongPoll?.() ?? false);
                await new Promise((r) => setTimeout(r, retryDelay));
                nextToken.$retryLog.acquisitionDelay = retryDelay;
                return nextToken;
            }
        }
        throw new Error("No retry token available");
    }
    recordSuccess(token) {
        this.capacity = Math.min(constants/* INITIAL_RETRY_TOKENS */.Df, this.capacity + (token.getRetryCost() ?? constants/* NO_RETRY_INCREMENT */.XP));
    }
    getCapacity() {
        return this.capacity;
    }
    async maxAttempts() {
        return this.maxAttemptsProvider();
    }
    async getMaxAttempts() {
        try {
            return await this.maxAttemptsProvider();
        }
        catch (ignored) {
            console.warn(`Max attempts provider could not resolve. Using default of ${config/* DEFAULT_MAX_ATTEMPTS */.Gz}`);
            return config/* DEFAULT_MAX_ATTEMPTS */.Gz;
        }
    }
    retryCode(tokenToRenew, errorInfo, maxAttempts) {
        const attempts = tokenToRenew.getRetryCount() + 1;
        const retryableStatus = this.isRetryableError(errorInfo.errorType) ? 0 : refusal.incompatible;
        const attemptStatus = attempts < maxAttempts ? 0 : refusal.attempts;
        const capacityStatus = this.capacity >= this.getCapacityCost(errorInfo.errorType) ? 0 : refusal.capacity;
        return retryableStatus || attemptStatus || capacityStatus;
    }
    getCapacityCost(errorType) {
        return errorType === Retry.modifiedCostType() ? Retry.throttlingCost() : Retry.cost();
    }
    isRetryableError(errorType) {
        return errorType === "THROTTLING" || errorType === "TRANSIENT";
    }
}

;// CONCATENATED MODULE: ../node_modules/@smithy/core/dist-es/submodules/retry/util-retry/AdaptiveRetryStrategy.js



class AdaptiveRetryStrategy {
    mode = config/* RETRY_MODES */.cm.ADAPTIVE;
    rateLimiter;
    standardRetryStrategy;
    constructor(maxAttemptsProvider, options) {
        const { rateLimiter } = options ?? {};
        this.rateLimiter = rateLimiter ?? new DefaultRateLimiter();
        this.standardRetryStrategy = options
            ? new StandardRetryStrategy({
                maxAttempts: typeof maxAttemptsProvider === "number" ? maxAttemptsProvider : 3,
                ...options,
            })
            : new StandardRetryStrategy(maxAttemptsProvider);
    }
    async acquireInitialRetryToken(retryTokenScope) {
        const token = await this.standardRetryStrategy.acquireInitialRetryToken(retryTokenScope);
        await this.rateLimiter.getSendToken();
        return token;
    }
    async refreshRetryTokenForRetry(tokenToRenew, errorInfo) {
        this.rateLimiter.updateClientSendingRate(errorInfo);
        const token = await this.standardRetryStrategy.refreshRetryTokenForRetry(tokenToRenew, errorInfo);
        await this.rateLimiter.getSendToken();
        return token;
    }
    recordSuccess(token) {
        this.rateLimiter.updateClientSendingRate({});
        this.standardRetryStrategy.recordSuccess(token);
    }
    async maxAttemptsProvider() {
        return this.standardRetryStrategy.maxAttempts();
    }
}

;// CONCATENATED MODULE: ../node_modules/@smithy/core/dist-es/submodules/retry/middleware-retry/configurations.js





const ENV_MAX_ATTEMPTS = "AWS_MAX_ATTEMPTS";
const CONFIG_MAX_ATTEMPTS = "max_attempts";
const NODE_MAX_ATTEMPT_CONFIG_OPTIONS = {
    environmentVariableSelector: (env) => {
        const value = env[ENV_MAX_ATTEMPTS];
        if (!value) {
            return undefined;
        }
        const maxAttempt = parseInt(value);
        if (Number.isNaN(maxAttempt)) {
            throw new Error(`Environment variable ${ENV_MAX_ATTEMPTS} mast be a number, got "${value}"`);
        }
        return maxAttempt;
    },
    configFileSelector: (profile) => {
        const value = profile[CONFIG_MAX_ATTEMPTS];
        if (!value) {
            return undefined;
        }
        const maxAttempt = parseInt(value);
        if (Number.isNaN(maxAttempt)) {
            throw new Error(`Shared config file entry ${CONFIG_MAX_ATTEMPTS} mast be a number, got "${value}"`);
        }
        return maxAttempt;
    },
    default: config/* DEFAULT_MAX_ATTEMPTS */.Gz,
};
const resolveRetryConfig = (input, defaults) => {
    const { retryStrategy, retryMode } = input;
    const { defaultMaxAttempts = config/* DEFAULT_MAX_ATTEMPTS */.Gz, defaultBaseDelay = Retry.delay() } = defaults ?? {};
    const maxAttemptsProvider = (0,normalizeProvider/* normalizeProvider */.t)(input.maxAttempts ?? defaultMaxAttempts);
    let controller = retryStrategy
        ? Promise.resolve(retryStrategy)
        : undefined;
    const getDefault = async () => {
        const maxAttempts = await maxAttemptsProvider();
        const adaptive = (await (0,normalizeProvider/* normalizeProvider */.t)(retryMode)()) === config/* RETRY_MODES */.cm.ADAPTIVE;
        if (adaptive) {
            return new AdaptiveRetryStrategy(maxAttemptsProvider, {
                maxAttempts,
                baseDelay: defaultBaseDelay,
            });
        }
        return new StandardRetryStrategy({
            maxAttempts,
            baseDelay: defaultBaseDelay,
        });
    };
    return Object.assign(input, {
        maxAttempts: maxAttemptsProvider,
        retryStrategy: () => (controller ??= getDefault()),
    });
};
const ENV_RETRY_MODE = "AWS_RETRY_MODE";
const CONFIG_RETRY_MODE = "retry_mode";
const NODE_RETRY_MODE_CONFIG_OPTIONS = {
    environmentVariableSelector: (env) => env[ENV_RETRY_MODE],
    configFileSelector: (profile) => profile[CONFIG_RETRY_MODE],
    default: config/* DEFAULT_RETRY_MODE */.L0,
};


/***/ }),

/***/ 3068:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  GQ: () => (/* binding */ isServerError),
  Qb: () => (/* binding */ isThrottlingError),
  bV: () => (/* binding */ isTransientError)
});

// UNUSED EXPORTS: isBrowserNetworkError, isClockSkewCorrectedError, isClockSkewError, isNodeJsHttp2TransientError, isRetryableByTrait

;// CONCATENATED MODULE: ../node_modules/@smithy/core/dist-es/submodules/retry/service-error-classification/constants.js
const constants_CLOCK_SKEW_ERROR_CODES = (/* unused pure expression or super */ null && ([
    "AccessDeniedException",
    "AuthFailure",
    "InvalidSignatureException",
    "RequestExpired",
    "RequestInTheFuture",
    "RequestTimeTooSkewed",
    "SignatureDoesNotMatch",
]));
const THROTTLING_ERROR_CODES = [
    "BandwidthLimitExceeded",
    "EC2ThrottledException",
    "LimitExceededException",
    "PriorRequestNotComplete",
    "ProvisionedThroughputExceededException",
    "RequestLimitExceeded",
    "RequestThrottled",
    "RequestThrottledException",
    "SlowDown",
    "ThrottledException",
    "Throttling",
    "ThrottlingException",
    "TooManyRequestsException",
    "TransactionInProgressException",
];
const TRANSIENT_ERROR_CODES = ["TimeoutError", "RequestTimeout", "RequestTimeoutException"];
const TRANSIENT_ERROR_STATUS_CODES = [500, 502, 503, 504];
const NODEJS_TIMEOUT_ERROR_CODES = ["ECONNRESET", "ECONNREFUSED", "EPIPE", "ETIMEDOUT"];
const NODEJS_NETWORK_ERROR_CODES = ["EHOSTUNREACH", "ENETUNREACH", "ENOTFOUND", "EAI_AGAIN"];

;// CONCATENATED MODULE: ../node_modules/@smithy/core/dist-es/submodules/retry/service-error-classification/service-error-classification.js

const isRetryableByTrait = (error) => error?.$retryable !== undefined;
const isClockSkewError = (error) => CLOCK_SKEW_ERROR_CODES.includes(error.name);
const isClockSkewCorrectedError = (error) => error.$metadata?.clockSkewCorrected;
const isBrowserNetworkError = (error) => {
    const errorMessages = new Set([
        "Failed to fetch",
        "NetworkError when attempting to fetch resource",
        "The Internet connection appears to be offline",
        "Load failed",
        "Network request failed",
    ]);
    const isValid = error && error instanceof TypeError;
    if (!isValid) {
        return false;
    }
    return errorMessages.has(error.message);
};
const isThrottlingError = (error) => error.$metadata?.httpStatusCode === 429 ||
    THROTTLING_ERROR_CODES.includes(error.name) ||
    error.$retryable?.throttling == true;
const isTransientError = (error, depth = 0) => error?.name !== "AbortError" &&
    (isRetryableByTrait(error) ||
        isClockSkewCorrectedError(error) ||
        (error.name === "InvalidSignatureException" && error.message?.includes("Signature expired")) ||
        TRANSIENT_ERROR_CODES.includes(error.name) ||
        NODEJS_TIMEOUT_ERROR_CODES.includes(error?.code || "") ||
        NODEJS_NETWORK_ERROR_CODES.includes(error?.code || "") ||
        TRANSIENT_ERROR_STATUS_CODES.includes(error.$metadata?.httpStatusCode || 0) ||
        isBrowserNetworkError(error) ||
        isNodeJsHttp2TransientError(error) ||
        (error.cause !== undefined && depth <= 10 && isTransientError(error.cause, depth + 1)));
const isServerError = (error) => {
    if (error.$metadata?.httpStatusCode !== undefined) {
        const statusCode = error.$metadata.httpStatusCode;
        if (500 <= statusCode && statusCode <= 599 && !isTransientError(error)) {
            return true;
        }
        return false;
    }
    return false;
};
function isNodeJsHttp2TransientError(error) {
    return error.code === "ERR_HTTP2_STREAM_ERROR" && error.message.includes("NGHTTP2_REFUSED_STREAM");
}


/***/ }),

/***/ 9903:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Gz: () => (/* binding */ DEFAULT_MAX_ATTEMPTS),
/* harmony export */   L0: () => (/* binding */ DEFAULT_RETRY_MODE),
/* harmony export */   cm: () => (/* binding */ RETRY_MODES)
/* harmony export */ });
var RETRY_MODES;
(function (RETRY_MODES) {
    RETRY_MODES["STANDARD"] = "standard";
    RETRY_MODES["ADAPTIVE"] = "adaptive";
})(RETRY_MODES || (RETRY_MODES = {}));
const DEFAULT_MAX_ATTEMPTS = 3;
const DEFAULT_RETRY_MODE = RETRY_MODES.STANDARD;


/***/ }),

/***/ 4132:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Df: () => (/* binding */ INITIAL_RETRY_TOKENS),
/* harmony export */   G8: () => (/* binding */ MAXIMUM_RETRY_DELAY),
/* harmony export */   XP: () => (/* binding */ NO_RETRY_INCREMENT),
/* harmony export */   l5: () => (/* binding */ INVOCATION_ID_HEADER),
/* harmony export */   ok: () => (/* binding */ REQUEST_HEADER)
/* harmony export */ });
/* unused harmony exports DEFAULT_RETRY_DELAY_BASE, THROTTLING_RETRY_DELAY_BASE, RETRY_COST, TIMEOUT_RETRY_COST */
const DEFAULT_RETRY_DELAY_BASE = 100;
const MAXIMUM_RETRY_DELAY = 20 * 1000;
const THROTTLING_RETRY_DELAY_BASE = 500;
const INITIAL_RETRY_TOKENS = 500;
const RETRY_COST = 5;
const TIMEOUT_RETRY_COST = 10;
const NO_RETRY_INCREMENT = 1;
const INVOCATION_ID_HEADER = "amz-sdk-invocation-id";
const REQUEST_HEADER = "amz-sdk-request";


/***/ }),

/***/ 9835:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ TypeRegistry)
/* harmony export */ });
class TypeRegistry {
    namespace;
    schemas;
    exceptions;
    static registries = new Map();
    constructor(namespace, schemas = new Map(), exceptions = new Map()) {
        this.namespace = namespace;
        this.schemas = schemas;
        this.exceptions = exceptions;
        if (!TypeRegistry.registries.has(namespace)) {
            TypeRegistry.registries.set(namespace, this);
        }
    }
    static for(namespace) {
        return TypeRegistry.registries.get(namespace) ?? new TypeRegistry(namespace);
    }
    copyFrom(other) {
        const { schemas, exceptions } = this;
        for (const [k, v] of other.schemas) {
            if (!schemas.has(k)) {
                schemas.set(k, v);
            }
        }
        for (const [k, v] of other.exceptions) {
            if (!exceptions.has(k)) {
                exceptions.set(k, v);
            }
        }
    }
    register(shapeId, schema) {
        const qualifiedName = this.normalizeShapeId(shapeId);
        for (const r of [this, TypeRegistry.for(qualifiedName.split("#")[0])]) {
            if (!r.schemas.has(qualifiedName)) {
                r.schemas.set(qualifiedName, schema);
            }
        }
    }
    getSchema(shapeId) {
        const id = this.normalizeShapeId(shapeId);
        if (!this.schemas.has(id)) {
            if (!shapeId.includes("#")) {
                const suffix = "#" + shapeId;
                const candidates = [];
                for (const [shapeId, schema] of this.schemas.entries()) {
                    if (shapeId.endsWith(suffix)) {
                        candidates.push(schema);
                    }
                }
                if (candidates.length === 1) {
                    return candidates[0];
                }
            }
            throw new Error(`@smithy/core/schema - schema not found for ${id}`);
        }
        return this.schemas.get(id);
    }
    registerError(es, ctor) {
        const $error = es;
        const ns = $error[1];
        const qualifiedName = ns + "#" + $error[2];
        if (!ctor.hasOwnProperty?.("shapeId")) {
            ctor.shapeId = qualifiedName;
        }
        for (const r of [this, TypeRegistry.for(ns)]) {
            if (!r.schemas.has(qualifiedName) && !r.exceptions.has($error)) {
                r.schemas.set(qualifiedName, $error);
                r.exceptions.set($error, ctor);
            }
        }
    }
    getErrorCtor(es) {
        const $error = es;
        if (this.exceptions.has($error)) {
            return this.exceptions.get($error);
        }
        const registry = TypeRegistry.for($error[1]);
        return registry.exceptions.get($error);
    }
    getBaseException() {
        for (const exceptionKey of this.exceptions.keys()) {
            if (Array.isArray(exceptionKey)) {
                const [, ns, name] = exceptionKey;
                const id = ns + "#" + name;
                if (id.startsWith("smithy.ts.sdk.synthetic.") && id.endsWith("ServiceException")) {
                    return exceptionKey;
                }
            }
        }
        return undefined;
    }
    find(predicate) {
        for (const schema of this.schemas.values()) {
            if (predicate(schema)) {
                return schema;
            }
        }
        return undefined;
    }
    clear() {
        this.schemas.clear();
        this.exceptions.clear();
    }
    normalizeShapeId(shapeId) {
        if (shapeId.includes("#")) {
            return shapeId;
        }
        return this.namespace + "#" + shapeId;
    }
}


/***/ }),

/***/ 8934:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ deref)
/* harmony export */ });
const deref = (schemaRef) => {
    if (typeof schemaRef === "function") {
        return schemaRef();
    }
    return schemaRef;
};


/***/ }),

/***/ 6979:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  wq: () => (/* binding */ getSchemaSerdePlugin)
});

// UNUSED EXPORTS: deserializerMiddlewareOption, serializerMiddlewareOption

// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/transport/getSmithyContext.js
var getSmithyContext = __nccwpck_require__(3753);
// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/transport/httpResponse.js
var httpResponse = __nccwpck_require__(7291);
;// CONCATENATED MODULE: ../node_modules/@smithy/core/dist-es/submodules/schema/schemas/operation.js
const operation = (namespace, name, traits, input, output) => ({
    name,
    namespace,
    traits,
    input,
    output,
});

;// CONCATENATED MODULE: ../node_modules/@smithy/core/dist-es/submodules/schema/middleware/schemaDeserializationMiddleware.js


const schemaDeserializationMiddleware = (config) => (next, context) => async (args) => {
    const { response } = await next(args);
    const { operationSchema } = (0,getSmithyContext/* getSmithyContext */.u)(context);
    const [, ns, n, t, i, o] = operationSchema ?? [];
    try {
        const parsed = await config.protocol.deserializeResponse(operation(ns, n, t, i, o), {
            ...config,
            ...context,
        }, response);
        return {
            response,
            output: parsed,
        };
    }
    catch (error) {
        Object.defineProperty(error, "$response", {
            value: response,
            enumerable: false,
            writable: false,
            configurable: false,
        });
        if (!("$metadata" in error)) {
            const hint = `Deserialization error: to see the raw response, inspect the hidden field {error}.$response on this object.`;
            try {
                error.message += "\n  " + hint;
            }
            catch (ignored) {
                if (!context.logger || context.logger?.constructor?.name === "NoOpLogger") {
                    console.warn(hint);
                }
                else {
                    context.logger?.warn?.(hint);
                }
            }
            if (typeof error.$responseBodyText !== "undefined") {
                if (error.$response) {
                    error.$response.body = error.$responseBodyText;
                }
            }
            try {
                if (httpResponse/* HttpResponse */.c.isInstance(response)) {
                    const { headers = {}, statusCode } = response;
                    const headerEntries = Object.entries(headers);
                    error.$metadata = {
                        httpStatusCode: statusCode,
                        requestId: findHeader(/^x-[\w-]+-request-?id$/, headerEntries),
                        extendedRequestId: findHeader(/^x-[\w-]+-id-2$/, headerEntries),
                        cfId: findHeader(/^x-[\w-]+-cf-id$/, headerEntries),
                    };
                }
            }
            catch (ignored) {
            }
        }
        throw error;
    }
};
const findHeader = (pattern, headers) => {
    return (headers.find(([k]) => {
        return k.match(pattern);
    }) || [void 0, void 1])[1];
};

// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/transport/toEndpointV1.js
var toEndpointV1 = __nccwpck_require__(89);
;// CONCATENATED MODULE: ../node_modules/@smithy/core/dist-es/submodules/schema/middleware/schemaSerializationMiddleware.js


const schemaSerializationMiddleware = (config) => (next, context) => async (args) => {
    const { operationSchema } = (0,getSmithyContext/* getSmithyContext */.u)(context);
    const [, ns, n, t, i, o] = operationSchema ?? [];
    const endpoint = context.endpointV2
        ? async () => (0,toEndpointV1/* toEndpointV1 */.a)(context.endpointV2)
        : config.endpoint;
    const request = await config.protocol.serializeRequest(operation(ns, n, t, i, o), args.input, {
        ...config,
        ...context,
        endpoint,
    });
    return next({
        ...args,
        request,
    });
};

;// CONCATENATED MODULE: ../node_modules/@smithy/core/dist-es/submodules/schema/middleware/getSchemaSerdePlugin.js


const deserializerMiddlewareOption = {
    name: "deserializerMiddleware",
    step: "deserialize",
    tags: ["DESERIALIZER"],
    override: true,
};
const serializerMiddlewareOption = {
    name: "serializerMiddleware",
    step: "serialize",
    tags: ["SERIALIZER"],
    override: true,
};
function getSchemaSerdePlugin(config) {
    return {
        applyToStack: (commandStack) => {
            commandStack.add(schemaSerializationMiddleware(config), serializerMiddlewareOption);
            commandStack.add(schemaDeserializationMiddleware(config), deserializerMiddlewareOption);
            config.protocol.setSerdeContext(config);
        },
    };
}


/***/ }),

/***/ 6627:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   l1: () => (/* binding */ NormalizedSchema)
/* harmony export */ });
/* unused harmony exports simpleSchemaCacheN, simpleSchemaCacheS, isStaticSchema */
/* harmony import */ var _deref__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8934);
/* harmony import */ var _translateTraits__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4018);


const anno = {
    it: Symbol.for("@smithy/nor-struct-it"),
    ns: Symbol.for("@smithy/ns"),
};
const simpleSchemaCacheN = [];
const simpleSchemaCacheS = {};
class NormalizedSchema {
    ref;
    memberName;
    static symbol = Symbol.for("@smithy/nor");
    symbol = NormalizedSchema.symbol;
    name;
    schema;
    _isMemberSchema;
    traits;
    memberTraits;
    normalizedTraits;
    constructor(ref, memberName) {
        this.ref = ref;
        this.memberName = memberName;
        const traitStack = [];
        let _ref = ref;
        let schema = ref;
        this._isMemberSchema = false;
        while (isMemberSchema(_ref)) {
            traitStack.push(_ref[1]);
            _ref = _ref[0];
            schema = (0,_deref__WEBPACK_IMPORTED_MODULE_0__/* .deref */ .L)(_ref);
            this._isMemberSchema = true;
        }
        if (traitStack.length > 0) {
            this.memberTraits = {};
            for (let i = traitStack.length - 1; i >= 0; --i) {
                const traitSet = traitStack[i];
                Object.assign(this.memberTraits, (0,_translateTraits__WEBPACK_IMPORTED_MODULE_1__/* .translateTraits */ .c)(traitSet));
            }
        }
        else {
            this.memberTraits = 0;
        }
        if (schema instanceof NormalizedSchema) {
            const computedMemberTraits = this.memberTraits;
            Object.assign(this, schema);
            this.memberTraits = Object.assign({}, computedMemberTraits, schema.getMemberTraits(), this.getMemberTraits());
            this.normalizedTraits = void 0;
            this.memberName = memberName ?? schema.memberName;
            return;
        }
        this.schema = (0,_deref__WEBPACK_IMPORTED_MODULE_0__/* .deref */ .L)(schema);
        if (isStaticSchema(this.schema)) {
            this.name = `${this.schema[1]}#${this.schema[2]}`;
            this.traits = this.schema[3];
        }
        else {
            this.name = this.memberName ?? String(schema);
            this.traits = 0;
        }
        if (this._isMemberSchema && !memberName) {
            throw new Error(`@smithy/core/schema - NormalizedSchema member init ${this.getName(true)} missing member name.`);
        }
    }
    static [Symbol.hasInstance](lhs) {
        const isPrototype = this.prototype.isPrototypeOf(lhs);
        if (!isPrototype && typeof lhs === "object" && lhs !== null) {
            const ns = lhs;
            return ns.symbol === this.symbol;
        }
        return isPrototype;
    }
    static of(ref) {
        const keyAble = typeof ref === "function" || (typeof ref === "object" && ref !== null);
        if (typeof ref === "number") {
            if (simpleSchemaCacheN[ref]) {
                return simpleSchemaCacheN[ref];
            }
        }
        else if (typeof ref === "string") {
            if (simpleSchemaCacheS[ref]) {
                return simpleSchemaCacheS[ref];
            }
        }
        else if (keyAble) {
            if (ref[anno.ns]) {
                return ref[anno.ns];
            }
        }
        const sc = (0,_deref__WEBPACK_IMPORTED_MODULE_0__/* .deref */ .L)(ref);
        if (sc instanceof NormalizedSchema) {
            return sc;
        }
        if (isMemberSchema(sc)) {
            const [ns, traits] = sc;
            if (ns instanceof NormalizedSchema) {
                Object.assign(ns.getMergedTraits(), (0,_translateTraits__WEBPACK_IMPORTED_MODULE_1__/* .translateTraits */ .c)(traits));
                return ns;
            }
            throw new Error(`@smithy/core/schema - may not init unwrapped member schema=${JSON.stringify(ref, null, 2)}.`);
        }
        const ns = new NormalizedSchema(sc);
        if (keyAble) {
            return (ref[anno.ns] = ns);
        }
        if (typeof sc === "string") {
            return (simpleSchemaCacheS[sc] = ns);
        }
        if (typeof sc === "number") {
            return (simpleSchemaCacheN[sc] = ns);
        }
        return ns;
    }
    getSchema() {
        const sc = this.schema;
        if (Array.isArray(sc) && sc[0] === 0) {
            return sc[4];
        }
        return sc;
    }
    getName(withNamespace = false) {
        const { name } = this;
        const short = !withNamespace && name && name.includes("#");
        return short ? name.split("#")[1] : name || undefined;
    }
    getMemberName() {
        return this.memberName;
    }
    isMemberSchema() {
        return this._isMemberSchema;
    }
    isListSchema() {
        const sc = this.getSchema();
        return typeof sc === "number"
            ? sc >= 64 && sc < 128
            : sc[0] === 1;
    }
    isMapSchema() {
        const sc = this.getSchema();
        return typeof sc === "number"
            ? sc >= 128 && sc <= 0b1111_1111
            : sc[0] === 2;
    }
    isStructSchema() {
        const sc = this.getSchema();
        if (typeof sc !== "object") {
            return false;
        }
        const id = sc[0];
        return (id === 3 ||
            id === -3 ||
            id === 4);
    }
    isUnionSchema() {
        const sc = this.getSchema();
        if (typeof sc !== "object") {
            return false;
        }
        return sc[0] === 4;
    }
    isBlobSchema() {
        const sc = this.getSchema();
        return sc === 21 || sc === 42;
    }
    isTimestampSchema() {
        const sc = this.getSchema();
        return (typeof sc === "number" &&
            sc >= 4 &&
            sc <= 7);
    }
    isUnitSchema() {
        return this.getSchema() === "unit";
    }
    isDocumentSchema() {
        return this.getSchema() === 15;
    }
    isStringSchema() {
        return this.getSchema() === 0;
    }
    isBooleanSchema() {
        return this.getSchema() === 2;
    }
    isNumericSchema() {
        return this.getSchema() === 1;
    }
    isBigIntegerSchema() {
        return this.getSchema() === 17;
    }
    isBigDecimalSchema() {
        return this.getSchema() === 19;
    }
    isStreaming() {
        const { streaming } = this.getMergedTraits();
        return !!streaming || this.getSchema() === 42;
    }
    isIdempotencyToken() {
        return !!this.getMergedTraits().idempotencyToken;
    }
    getMergedTraits() {
        return (this.normalizedTraits ??
            (this.normalizedTraits = {
                ...this.getOwnTraits(),
                ...this.getMemberTraits(),
            }));
    }
    getMemberTraits() {
        return (0,_translateTraits__WEBPACK_IMPORTED_MODULE_1__/* .translateTraits */ .c)(this.memberTraits);
    }
    getOwnTraits() {
        return (0,_translateTraits__WEBPACK_IMPORTED_MODULE_1__/* .translateTraits */ .c)(this.traits);
    }
    getKeySchema() {
        const [isDoc, isMap] = [this.isDocumentSchema(), this.isMapSchema()];
        if (!isDoc && !isMap) {
            throw new Error(`@smithy/core/schema - cannot get key for non-map: ${this.getName(true)}`);
        }
        const schema = this.getSchema();
        const memberSchema = isDoc
            ? 15
            : (schema[4] ?? 0);
        return member([memberSchema, 0], "key");
    }
    getValueSchema() {
        const sc = this.getSchema();
        const [isDoc, isMap, isList] = [this.isDocumentSchema(), this.isMapSchema(), this.isListSchema()];
        const memberSchema = typeof sc === "number"
            ? 0b0011_1111 & sc
            : sc && typeof sc === "object" && (isMap || isList)
                ? sc[3 + sc[0]]
                : isDoc
                    ? 15
                    : void 0;
        if (memberSchema != null) {
            return member([memberSchema, 0], isMap ? "value" : "member");
        }
        throw new Error(`@smithy/core/schema - ${this.getName(true)} has no value member.`);
    }
    getMemberSchema(memberName) {
        const struct = this.getSchema();
        if (this.isStructSchema() && struct[4].includes(memberName)) {
            const i = struct[4].indexOf(memberName);
            const memberSchema = struct[5][i];
            return member(isMemberSchema(memberSchema) ? memberSchema : [memberSchema, 0], memberName);
        }
        if (this.isDocumentSchema()) {
            return member([15, 0], memberName);
        }
        throw new Error(`@smithy/core/schema - ${this.getName(true)} has no member=${memberName}.`);
    }
    getMemberSchemas() {
        const buffer = {};
        try {
            for (const [k, v] of this.structIterator()) {
                buffer[k] = v;
            }
        }
        catch (ignored) { }
        return buffer;
    }
    getEventStreamMember() {
        if (this.isStructSchema()) {
            for (const [memberName, memberSchema] of this.structIterator()) {
                if (memberSchema.isStreaming() && memberSchema.isStructSchema()) {
                    return memberName;
                }
            }
        }
        return "";
    }
    *structIterator() {
        if (this.isUnitSchema()) {
            return;
        }
        if (!this.isStructSchema()) {
            throw new Error("@smithy/core/schema - cannot iterate non-struct schema.");
        }
        const struct = this.getSchema();
        const z = struct[4].length;
        let it = struct[anno.it];
        if (it && z === it.length) {
            yield* it;
            return;
        }
        it = Array(z);
        for (let i = 0; i < z; ++i) {
            const k = struct[4][i];
            const v = member([struct[5][i], 0], k);
            yield (it[i] = [k, v]);
        }
        struct[anno.it] = it;
    }
}
function member(memberSchema, memberName) {
    if (memberSchema instanceof NormalizedSchema) {
        return Object.assign(memberSchema, {
            memberName,
            _isMemberSchema: true,
        });
    }
    const internalCtorAccess = NormalizedSchema;
    return new internalCtorAccess(memberSchema, memberName);
}
const isMemberSchema = (sc) => Array.isArray(sc) && sc.length === 2;
const isStaticSchema = (sc) => Array.isArray(sc) && sc.length >= 5;


/***/ }),

/***/ 4018:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ translateTraits)
/* harmony export */ });
/* unused harmony export traitsCache */
const traitsCache = [];
function translateTraits(indicator) {
    if (typeof indicator === "object") {
        return indicator;
    }
    indicator = indicator | 0;
    if (traitsCache[indicator]) {
        return traitsCache[indicator];
    }
    const traits = {};
    let i = 0;
    for (const trait of [
        "httpLabel",
        "idempotent",
        "idempotencyToken",
        "sensitive",
        "httpPayload",
        "httpResponseCode",
        "httpQueryParams",
    ]) {
        if (((indicator >> i++) & 1) === 1) {
            traits[trait] = 1;
        }
    }
    return (traitsCache[indicator] = traits);
}


/***/ }),

/***/ 3277:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ concatBytes)
/* harmony export */ });
function concatBytes(arrays, length) {
    if (length === undefined) {
        length = 0;
        for (const bytes of arrays) {
            length += bytes.byteLength;
        }
    }
    const result = new Uint8Array(length);
    let offset = 0;
    for (const buf of arrays) {
        result.set(buf, offset);
        offset += buf.byteLength;
    }
    return result;
}


/***/ }),

/***/ 8227:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  JV: () => (/* binding */ dateToUtcString),
  l3: () => (/* binding */ parseEpochTimestamp),
  EI: () => (/* binding */ parseRfc3339DateTime),
  t_: () => (/* binding */ parseRfc3339DateTimeWithOffset),
  xE: () => (/* binding */ parseRfc7231DateTime)
});

;// CONCATENATED MODULE: ../node_modules/@smithy/core/dist-es/submodules/serde/parse-utils.js

const parseBoolean = (value) => {
    switch (value) {
        case "true":
            return true;
        case "false":
            return false;
        default:
            throw new Error(`Unable to parse boolean value "${value}"`);
    }
};
const expectBoolean = (value) => {
    if (value === null || value === undefined) {
        return undefined;
    }
    if (typeof value === "number") {
        if (value === 0 || value === 1) {
            logger.warn(stackTraceWarning(`Expected boolean, got ${typeof value}: ${value}`));
        }
        if (value === 0) {
            return false;
        }
        if (value === 1) {
            return true;
        }
    }
    if (typeof value === "string") {
        const lower = value.toLowerCase();
        if (lower === "false" || lower === "true") {
            logger.warn(stackTraceWarning(`Expected boolean, got ${typeof value}: ${value}`));
        }
        if (lower === "false") {
            return false;
        }
        if (lower === "true") {
            return true;
        }
    }
    if (typeof value === "boolean") {
        return value;
    }
    throw new TypeError(`Expected boolean, got ${typeof value}: ${value}`);
};
const expectNumber = (value) => {
    if (value === null || value === undefined) {
        return undefined;
    }
    if (typeof value === "string") {
        const parsed = parseFloat(value);
        if (!Number.isNaN(parsed)) {
            if (String(parsed) !== String(value)) {
                logger.warn(stackTraceWarning(`Expected number but observed string: ${value}`));
            }
            return parsed;
        }
    }
    if (typeof value === "number") {
        return value;
    }
    throw new TypeError(`Expected number, got ${typeof value}: ${value}`);
};
const MAX_FLOAT = Math.ceil(2 ** 127 * (2 - 2 ** -23));
const expectFloat32 = (value) => {
    const expected = expectNumber(value);
    if (expected !== undefined && !Number.isNaN(expected) && expected !== Infinity && expected !== -Infinity) {
        if (Math.abs(expected) > MAX_FLOAT) {
            throw new TypeError(`Expected 32-bit float, got ${value}`);
        }
    }
    return expected;
};
const expectLong = (value) => {
    if (value === null || value === undefined) {
        return undefined;
    }
    if (Number.isInteger(value) && !Number.isNaN(value)) {
        return value;
    }
    throw new TypeError(`Expected integer, got ${typeof value}: ${value}`);
};
const expectInt = (/* unused pure expression or super */ null && (expectLong));
const expectInt32 = (value) => expectSizedInt(value, 32);
const expectShort = (value) => expectSizedInt(value, 16);
const expectByte = (value) => expectSizedInt(value, 8);
const expectSizedInt = (value, size) => {
    const expected = expectLong(value);
    if (expected !== undefined && castInt(expected, size) !== expected) {
        throw new TypeError(`Expected ${size}-bit integer, got ${value}`);
    }
    return expected;
};
const castInt = (value, size) => {
    switch (size) {
        case 32:
            return Int32Array.of(value)[0];
        case 16:
            return Int16Array.of(value)[0];
        case 8:
            return Int8Array.of(value)[0];
    }
};
const expectNonNull = (value, location) => {
    if (value === null || value === undefined) {
        if (location) {
            throw new TypeError(`Expected a non-null value for ${location}`);
        }
        throw new TypeError("Expected a non-null value");
    }
    return value;
};
const expectObject = (value) => {
    if (value === null || value === undefined) {
        return undefined;
    }
    if (typeof value === "object" && !Array.isArray(value)) {
        return value;
    }
    const receivedType = Array.isArray(value) ? "array" : typeof value;
    throw new TypeError(`Expected object, got ${receivedType}: ${value}`);
};
const expectString = (value) => {
    if (value === null || value === undefined) {
        return undefined;
    }
    if (typeof value === "string") {
        return value;
    }
    if (["boolean", "number", "bigint"].includes(typeof value)) {
        logger.warn(stackTraceWarning(`Expected string, got ${typeof value}: ${value}`));
        return String(value);
    }
    throw new TypeError(`Expected string, got ${typeof value}: ${value}`);
};
const expectUnion = (value) => {
    if (value === null || value === undefined) {
        return undefined;
    }
    const asObject = expectObject(value);
    const setKeys = [];
    for (const k in asObject) {
        if (!hasOwn(asObject, k)) {
            continue;
        }
        if (asObject[k] != null) {
            setKeys.push(k);
        }
    }
    if (setKeys.length === 0) {
        throw new TypeError(`Unions must have exactly one non-null member. None were found.`);
    }
    if (setKeys.length > 1) {
        throw new TypeError(`Unions must have exactly one non-null member. Keys ${setKeys} were not null.`);
    }
    return asObject;
};
const strictParseDouble = (value) => {
    if (typeof value == "string") {
        return expectNumber(parseNumber(value));
    }
    return expectNumber(value);
};
const strictParseFloat = (/* unused pure expression or super */ null && (strictParseDouble));
const strictParseFloat32 = (value) => {
    if (typeof value == "string") {
        return expectFloat32(parseNumber(value));
    }
    return expectFloat32(value);
};
const NUMBER_REGEX = /(-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)|(-?Infinity)|(NaN)/g;
const parseNumber = (value) => {
    const matches = value.match(NUMBER_REGEX);
    if (matches === null || matches[0].length !== value.length) {
        throw new TypeError(`Expected real number, got implicit NaN`);
    }
    return parseFloat(value);
};
const limitedParseDouble = (value) => {
    if (typeof value == "string") {
        return parseFloatString(value);
    }
    return expectNumber(value);
};
const handleFloat = (/* unused pure expression or super */ null && (limitedParseDouble));
const limitedParseFloat = (/* unused pure expression or super */ null && (limitedParseDouble));
const limitedParseFloat32 = (value) => {
    if (typeof value == "string") {
        return parseFloatString(value);
    }
    return expectFloat32(value);
};
const parseFloatString = (value) => {
    switch (value) {
        case "NaN":
            return NaN;
        case "Infinity":
            return Infinity;
        case "-Infinity":
            return -Infinity;
        default:
            throw new Error(`Unable to parse float value: ${value}`);
    }
};
const strictParseLong = (value) => {
    if (typeof value === "string") {
        return expectLong(parseNumber(value));
    }
    return expectLong(value);
};
const strictParseInt = (/* unused pure expression or super */ null && (strictParseLong));
const strictParseInt32 = (value) => {
    if (typeof value === "string") {
        return expectInt32(parseNumber(value));
    }
    return expectInt32(value);
};
const strictParseShort = (value) => {
    if (typeof value === "string") {
        return expectShort(parseNumber(value));
    }
    return expectShort(value);
};
const strictParseByte = (value) => {
    if (typeof value === "string") {
        return expectByte(parseNumber(value));
    }
    return expectByte(value);
};
const stackTraceWarning = (message) => {
    return String(new TypeError(message).stack || message)
        .split("\n")
        .slice(0, 5)
        .filter((s) => !s.includes("stackTraceWarning"))
        .join("\n");
};
const logger = {
    warn: console.warn,
};

;// CONCATENATED MODULE: ../node_modules/@smithy/core/dist-es/submodules/serde/date-utils.js

const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
function dateToUtcString(date) {
    const year = date.getUTCFullYear();
    const month = date.getUTCMonth();
    const dayOfWeek = date.getUTCDay();
    const dayOfMonthInt = date.getUTCDate();
    const hoursInt = date.getUTCHours();
    const minutesInt = date.getUTCMinutes();
    const secondsInt = date.getUTCSeconds();
    const dayOfMonthString = dayOfMonthInt < 10 ? `0${dayOfMonthInt}` : `${dayOfMonthInt}`;
    const hoursString = hoursInt < 10 ? `0${hoursInt}` : `${hoursInt}`;
    const minutesString = minutesInt < 10 ? `0${minutesInt}` : `${minutesInt}`;
    const secondsString = secondsInt < 10 ? `0${secondsInt}` : `${secondsInt}`;
    return `${DAYS[dayOfWeek]}, ${dayOfMonthString} ${MONTHS[month]} ${year} ${hoursString}:${minutesString}:${secondsString} GMT`;
}
const RFC3339 = new RegExp(/^(\d{4})-(\d{2})-(\d{2})[tT](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?[zZ]$/);
const parseRfc3339DateTime = (value) => {
    if (value === null || value === undefined) {
        return undefined;
    }
    if (typeof value !== "string") {
        throw new TypeError("RFC-3339 date-times must be expressed as strings");
    }
    const match = RFC3339.exec(value);
    if (!match) {
        throw new TypeError("Invalid RFC-3339 date-time value");
    }
    const [_, yearStr, monthStr, dayStr, hours, minutes, seconds, fractionalMilliseconds] = match;
    const year = strictParseShort(stripLeadingZeroes(yearStr));
    const month = parseDateValue(monthStr, "month", 1, 12);
    const day = parseDateValue(dayStr, "day", 1, 31);
    return buildDate(year, month, day, { hours, minutes, seconds, fractionalMilliseconds });
};
const RFC3339_WITH_OFFSET = new RegExp(/^(\d{4})-(\d{2})-(\d{2})[tT](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(([-+]\d{2}:\d{2})|[zZ])$/);
const parseRfc3339DateTimeWithOffset = (value) => {
    if (value === null || value === undefined) {
        return undefined;
    }
    if (typeof value !== "string") {
        throw new TypeError("RFC-3339 date-times must be expressed as strings");
    }
    const match = RFC3339_WITH_OFFSET.exec(value);
    if (!match) {
        throw new TypeError("Invalid RFC-3339 date-time value");
    }
    const [_, yearStr, monthStr, dayStr, hours, minutes, seconds, fractionalMilliseconds, offsetStr] = match;
    const year = strictParseShort(stripLeadingZeroes(yearStr));
    const month = parseDateValue(monthStr, "month", 1, 12);
    const day = parseDateValue(dayStr, "day", 1, 31);
    const date = buildDate(year, month, day, { hours, minutes, seconds, fractionalMilliseconds });
    if (offsetStr.toUpperCase() != "Z") {
        date.setTime(date.getTime() - parseOffsetToMilliseconds(offsetStr));
    }
    return date;
};
const IMF_FIXDATE = new RegExp(/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? GMT$/);
const RFC_850_DATE = new RegExp(/^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (\d{2})-(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-(\d{2}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? GMT$/);
const ASC_TIME = new RegExp(/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) ( [1-9]|\d{2}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? (\d{4})$/);
const parseRfc7231DateTime = (value) => {
    if (value === null || value === undefined) {
        return undefined;
    }
    if (typeof value !== "string") {
        throw new TypeError("RFC-7231 date-times must be expressed as strings");
    }
    let match = IMF_FIXDATE.exec(value);
    if (match) {
        const [_, dayStr, monthStr, yearStr, hours, minutes, seconds, fractionalMilliseconds] = match;
        return buildDate(strictParseShort(stripLeadingZeroes(yearStr)), parseMonthByShortName(monthStr), parseDateValue(dayStr, "day", 1, 31), { hours, minutes, seconds, fractionalMilliseconds });
    }
    match = RFC_850_DATE.exec(value);
    if (match) {
        const [_, dayStr, monthStr, yearStr, hours, minutes, seconds, fractionalMilliseconds] = match;
        return adjustRfc850Year(buildDate(parseTwoDigitYear(yearStr), parseMonthByShortName(monthStr), parseDateValue(dayStr, "day", 1, 31), {
            hours,
            minutes,
            seconds,
            fractionalMilliseconds,
        }));
    }
    match = ASC_TIME.exec(value);
    if (match) {
        const [_, monthStr, dayStr, hours, minutes, seconds, fractionalMilliseconds, yearStr] = match;
        return buildDate(strictParseShort(stripLeadingZeroes(yearStr)), parseMonthByShortName(monthStr), parseDateValue(dayStr.trimLeft(), "day", 1, 31), { hours, minutes, seconds, fractionalMilliseconds });
    }
    throw new TypeError("Invalid RFC-7231 date-time value");
};
const parseEpochTimestamp = (value) => {
    if (value === null || value === undefined) {
        return undefined;
    }
    let valueAsDouble;
    if (typeof value === "number") {
        valueAsDouble = value;
    }
    else if (typeof value === "string") {
        valueAsDouble = strictParseDouble(value);
    }
    else if (typeof value === "object" && value.tag === 1) {
        valueAsDouble = value.value;
    }
    else {
        throw new TypeError("Epoch timestamps must be expressed as floating point numbers or their string representation");
    }
    if (Number.isNaN(valueAsDouble) || valueAsDouble === Infinity || valueAsDouble === -Infinity) {
        throw new TypeError("Epoch timestamps must be valid, non-Infinite, non-NaN numerics");
    }
    return new Date(Math.round(valueAsDouble * 1000));
};
const buildDate = (year, month, day, time) => {
    const adjustedMonth = month - 1;
    validateDayOfMonth(year, adjustedMonth, day);
    return new Date(Date.UTC(year, adjustedMonth, day, parseDateValue(time.hours, "hour", 0, 23), parseDateValue(time.minutes, "minute", 0, 59), parseDateValue(time.seconds, "seconds", 0, 60), parseMilliseconds(time.fractionalMilliseconds)));
};
const parseTwoDigitYear = (value) => {
    const thisYear = new Date().getUTCFullYear();
    const valueInThisCentury = Math.floor(thisYear / 100) * 100 + strictParseShort(stripLeadingZeroes(value));
    if (valueInThisCentury < thisYear) {
        return valueInThisCentury + 100;
    }
    return valueInThisCentury;
};
const FIFTY_YEARS_IN_MILLIS = 50 * 365 * 24 * 60 * 60 * 1000;
const adjustRfc850Year = (input) => {
    if (input.getTime() - new Date().getTime() > FIFTY_YEARS_IN_MILLIS) {
        return new Date(Date.UTC(input.getUTCFullYear() - 100, input.getUTCMonth(), input.getUTCDate(), input.getUTCHours(), input.getUTCMinutes(), input.getUTCSeconds(), input.getUTCMilliseconds()));
    }
    return input;
};
const parseMonthByShortName = (value) => {
    const monthIdx = MONTHS.indexOf(value);
    if (monthIdx < 0) {
        throw new TypeError(`Invalid month: ${value}`);
    }
    return monthIdx + 1;
};
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const validateDayOfMonth = (year, month, day) => {
    let maxDays = DAYS_IN_MONTH[month];
    if (month === 1 && isLeapYear(year)) {
        maxDays = 29;
    }
    if (day > maxDays) {
        throw new TypeError(`Invalid day for ${MONTHS[month]} in ${year}: ${day}`);
    }
};
const isLeapYear = (year) => {
    return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
};
const parseDateValue = (value, type, lower, upper) => {
    const dateVal = strictParseByte(stripLeadingZeroes(value));
    if (dateVal < lower || dateVal > upper) {
        throw new TypeError(`${type} must be between ${lower} and ${upper}, inclusive`);
    }
    return dateVal;
};
const parseMilliseconds = (value) => {
    if (value === null || value === undefined) {
        return 0;
    }
    return strictParseFloat32("0." + value) * 1000;
};
const parseOffsetToMilliseconds = (value) => {
    const directionStr = value[0];
    let direction = 1;
    if (directionStr == "+") {
        direction = 1;
    }
    else if (directionStr == "-") {
        direction = -1;
    }
    else {
        throw new TypeError(`Offset direction, ${directionStr}, must be "+" or "-"`);
    }
    const hour = Number(value.substring(1, 3));
    const minute = Number(value.substring(4, 6));
    return direction * (hour * 60 + minute) * 60 * 1000;
};
const stripLeadingZeroes = (value) => {
    let idx = 0;
    while (idx < value.length - 1 && value.charAt(idx) === "0") {
        idx++;
    }
    if (idx === 0) {
        return value;
    }
    return value.slice(idx);
};


/***/ }),

/***/ 175:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Mu: () => (/* binding */ Uint8ArrayBlobAdapter),
  ec: () => (/* binding */ generateIdempotencyToken),
  v4: () => (/* binding */ v4)
});

// UNUSED EXPORTS: ChecksumStream, Hash, LazyJsonString, NumericValue, _parseEpochTimestamp, _parseRfc3339DateTimeWithOffset, _parseRfc7231DateTime, calculateBodyLength, concatBytes, copyDocumentWithTransform, createBufferedReadable, createChecksumStream, dateToUtcString, deserializerMiddleware, deserializerMiddlewareOption, expectBoolean, expectByte, expectFloat32, expectInt, expectInt32, expectLong, expectNonNull, expectNumber, expectObject, expectShort, expectString, expectUnion, fromArrayBuffer, fromBase64, fromHex, fromString, fromUtf8, getAwsChunkedEncodingStream, getSerdePlugin, handleFloat, hasOwn, headStream, isArrayBuffer, isBlob, isReadableStream, limitedParseDouble, limitedParseFloat, limitedParseFloat32, logger, nv, parseBoolean, parseEpochTimestamp, parseRfc3339DateTime, parseRfc3339DateTimeWithOffset, parseRfc7231DateTime, quoteHeader, sdkStreamMixin, serializerMiddleware, serializerMiddlewareOption, splitEvery, splitHeader, splitStream, streamCollector, strictParseByte, strictParseDouble, strictParseFloat, strictParseFloat32, strictParseInt, strictParseInt32, strictParseLong, strictParseShort, toBase64, toHex, toUint8Array, toUtf8, writeKey

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/serde/util-base64/fromBase64.js
var fromBase64 = __nccwpck_require__(7022);
// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/serde/util-base64/toBase64.js
var toBase64 = __nccwpck_require__(7307);
;// CONCATENATED MODULE: ../node_modules/@smithy/core/dist-es/submodules/serde/util-stream/blob/Uint8ArrayBlobAdapter.js
function bindUint8ArrayBlobAdapter(toUtf8, fromUtf8, toBase64, fromBase64) {
    return class Uint8ArrayBlobAdapter extends Uint8Array {
        static fromString(source, encoding = "utf-8") {
            if (typeof source === "string") {
                if (encoding === "base64") {
                    return Uint8ArrayBlobAdapter.mutate(fromBase64(source));
                }
                return Uint8ArrayBlobAdapter.mutate(fromUtf8(source));
            }
            throw new Error(`Unsupported conversion from ${typeof source} to Uint8ArrayBlobAdapter.`);
        }
        static mutate(source) {
            Object.setPrototypeOf(source, Uint8ArrayBlobAdapter.prototype);
            return source;
        }
        transformToString(encoding = "utf-8") {
            if (encoding === "base64") {
                return toBase64(this);
            }
            return toUtf8(this);
        }
    };
}

// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/serde/util-utf8/fromUtf8.js
var fromUtf8 = __nccwpck_require__(4574);
// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/serde/util-utf8/toUtf8.js
var toUtf8 = __nccwpck_require__(1787);
;// CONCATENATED MODULE: ../node_modules/@smithy/core/dist-es/submodules/serde/uuid/v4.js
const decimalToHex = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));
function bindV4(getRandomValues) {
    if (typeof crypto !== "undefined" && typeof crypto.randomUUID === "function") {
        return () => crypto.randomUUID();
    }
    return () => {
        const rnds = new Uint8Array(16);
        getRandomValues(rnds);
        rnds[6] = (rnds[6] & 0x0f) | 0x40;
        rnds[8] = (rnds[8] & 0x3f) | 0x80;
        return (decimalToHex[rnds[0]] +
            decimalToHex[rnds[1]] +
            decimalToHex[rnds[2]] +
            decimalToHex[rnds[3]] +
            "-" +
            decimalToHex[rnds[4]] +
            decimalToHex[rnds[5]] +
            "-" +
            decimalToHex[rnds[6]] +
            decimalToHex[rnds[7]] +
            "-" +
            decimalToHex[rnds[8]] +
            decimalToHex[rnds[9]] +
            "-" +
            decimalToHex[rnds[10]] +
            decimalToHex[rnds[11]] +
            decimalToHex[rnds[12]] +
            decimalToHex[rnds[13]] +
            decimalToHex[rnds[14]] +
            decimalToHex[rnds[15]]);
    };
}

;// CONCATENATED MODULE: ../node_modules/@smithy/core/dist-es/submodules/serde/index.js




























class Uint8ArrayBlobAdapter extends bindUint8ArrayBlobAdapter(toUtf8/* toUtf8 */.P, fromUtf8/* fromUtf8 */.a, toBase64/* toBase64 */.n, fromBase64/* fromBase64 */.E) {
}









const _getRandomValues = external_node_crypto_.getRandomValues;
const v4 = bindV4(_getRandomValues);
const generateIdempotencyToken = v4;




/***/ }),

/***/ 8345:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ isArrayBuffer)
/* harmony export */ });
const isArrayBuffer = (arg) => (typeof ArrayBuffer === "function" && arg instanceof ArrayBuffer) ||
    Object.prototype.toString.call(arg) === "[object ArrayBuffer]";


/***/ }),

/***/ 9565:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ LazyJsonString)
/* harmony export */ });
const LazyJsonString = function LazyJsonString(val) {
    const str = Object.assign(new String(val), {
        deserializeJSON() {
            return JSON.parse(String(val));
        },
        toString() {
            return String(val);
        },
        toJSON() {
            return String(val);
        },
    });
    return str;
};
LazyJsonString.from = (object) => {
    if (object && typeof object === "object" && (object instanceof LazyJsonString || "deserializeJSON" in object)) {
        return object;
    }
    else if (typeof object === "string" || Object.getPrototypeOf(object) === String.prototype) {
        return LazyJsonString(String(object));
    }
    return LazyJsonString(JSON.stringify(object));
};
LazyJsonString.fromObject = LazyJsonString.from;


/***/ }),

/***/ 7022:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ fromBase64)
/* harmony export */ });
/* harmony import */ var _util_buffer_from_buffer_from__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6382);

const BASE64_REGEX = /^[A-Za-z0-9+/]*={0,2}$/;
const fromBase64 = (input) => {
    if ((input.length * 3) % 4 !== 0) {
        throw new TypeError(`Incorrect padding on base64 string.`);
    }
    if (!BASE64_REGEX.exec(input)) {
        throw new TypeError(`Invalid base64 string.`);
    }
    const buffer = (0,_util_buffer_from_buffer_from__WEBPACK_IMPORTED_MODULE_0__/* .fromString */ .s)(input, "base64");
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
};


/***/ }),

/***/ 7307:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ toBase64)
/* harmony export */ });
/* harmony import */ var _util_buffer_from_buffer_from__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6382);
/* harmony import */ var _util_utf8_fromUtf8__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4574);


const toBase64 = (_input) => {
    let input;
    if (typeof _input === "string") {
        input = (0,_util_utf8_fromUtf8__WEBPACK_IMPORTED_MODULE_0__/* .fromUtf8 */ .a)(_input);
    }
    else {
        input = _input;
    }
    if (typeof input !== "object" || typeof input.byteOffset !== "number" || typeof input.byteLength !== "number") {
        throw new Error("@smithy/util-base64: toBase64 encoder function only accepts string | Uint8Array.");
    }
    return (0,_util_buffer_from_buffer_from__WEBPACK_IMPORTED_MODULE_1__/* .fromArrayBuffer */ .Q)(input.buffer, input.byteOffset, input.byteLength).toString("base64");
};


/***/ }),

/***/ 2149:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ calculateBodyLength)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);

const calculateBodyLength = (body) => {
    if (!body) {
        return 0;
    }
    if (typeof body === "string") {
        return Buffer.byteLength(body);
    }
    else if (typeof body.byteLength === "number") {
        return body.byteLength;
    }
    else if (typeof body.size === "number") {
        return body.size;
    }
    else if (typeof body.start === "number" && typeof body.end === "number") {
        return body.end + 1 - body.start;
    }
    else if (body instanceof node_fs__WEBPACK_IMPORTED_MODULE_0__.ReadStream) {
        if (body.path != null) {
            return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(body.path).size;
        }
        else if (typeof body.fd === "number") {
            return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(body.fd).size;
        }
    }
    throw new Error(`Body Length computation failed for ${body}`);
};


/***/ }),

/***/ 6382:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ fromArrayBuffer),
/* harmony export */   s: () => (/* binding */ fromString)
/* harmony export */ });
/* harmony import */ var _is_array_buffer_is_array_buffer__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8345);

const fromArrayBuffer = (input, offset = 0, length = input.byteLength - offset) => {
    if (!(0,_is_array_buffer_is_array_buffer__WEBPACK_IMPORTED_MODULE_0__/* .isArrayBuffer */ .m)(input)) {
        throw new TypeError(`The "input" argument must be ArrayBuffer. Received type ${typeof input} (${input})`);
    }
    return Buffer.from(input, offset, length);
};
const fromString = (input, encoding) => {
    if (typeof input !== "string") {
        throw new TypeError(`The "input" argument must be of type string. Received type ${typeof input} (${input})`);
    }
    return encoding ? Buffer.from(input, encoding) : Buffer.from(input);
};


/***/ }),

/***/ 706:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ fromHex),
/* harmony export */   n: () => (/* binding */ toHex)
/* harmony export */ });
const SHORT_TO_HEX = {};
const HEX_TO_SHORT = {};
for (let i = 0; i < 256; i++) {
    let encodedByte = i.toString(16).toLowerCase();
    if (encodedByte.length === 1) {
        encodedByte = `0${encodedByte}`;
    }
    SHORT_TO_HEX[i] = encodedByte;
    HEX_TO_SHORT[encodedByte] = i;
}
function fromHex(encoded) {
    if (encoded.length % 2 !== 0) {
        throw new Error("Hex encoded strings must have an even number length");
    }
    const out = new Uint8Array(encoded.length / 2);
    for (let i = 0; i < encoded.length; i += 2) {
        const encodedByte = encoded.slice(i, i + 2).toLowerCase();
        if (encodedByte in HEX_TO_SHORT) {
            out[i / 2] = HEX_TO_SHORT[encodedByte];
        }
        else {
            throw new Error(`Cannot decode unrecognized sequence ${encodedByte} as hexadecimal`);
        }
    }
    return out;
}
function toHex(bytes) {
    let out = "";
    for (let i = 0; i < bytes.byteLength; i++) {
        out += SHORT_TO_HEX[bytes[i]];
    }
    return out;
}


/***/ }),

/***/ 432:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bq: () => (/* binding */ collectReadableStream),
/* harmony export */   kS: () => (/* binding */ collectBlob),
/* harmony export */   kv: () => (/* binding */ streamCollector)
/* harmony export */ });
/* harmony import */ var _concatBytes__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3277);
/* harmony import */ var _stream_type_check__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3296);


const streamCollector = async (stream) => {
    if ((0,_stream_type_check__WEBPACK_IMPORTED_MODULE_0__/* .isBlob */ .q)(stream)) {
        return collectBlob(stream);
    }
    return collectReadableStream(stream);
};
async function collectBlob(blob) {
    return blob.arrayBuffer().then((ab) => new Uint8Array(ab));
}
async function collectReadableStream(stream) {
    const chunks = [];
    const reader = stream.getReader();
    let length = 0;
    while (true) {
        const { done, value } = await reader.read();
        if (value) {
            chunks.push(value);
            length += value.length;
        }
        if (done) {
            break;
        }
    }
    return (0,_concatBytes__WEBPACK_IMPORTED_MODULE_1__/* .concatBytes */ .I)(chunks, length);
}


/***/ }),

/***/ 5606:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ streamCollector)
/* harmony export */ });
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _concatBytes__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(3277);
/* harmony import */ var _stream_collector_browser__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(432);
/* harmony import */ var _stream_type_check__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3296);




const streamCollector = (stream) => {
    if ((0,_stream_type_check__WEBPACK_IMPORTED_MODULE_1__/* .isBlob */ .q)(stream)) {
        return (0,_stream_collector_browser__WEBPACK_IMPORTED_MODULE_2__/* .collectBlob */ .kS)(stream);
    }
    if ((0,_stream_type_check__WEBPACK_IMPORTED_MODULE_1__/* .isReadableStream */ .H)(stream)) {
        return (0,_stream_collector_browser__WEBPACK_IMPORTED_MODULE_2__/* .collectReadableStream */ .Bq)(stream);
    }
    return new Promise((resolve, reject) => {
        const collector = new Collector();
        const nodeStream = stream;
        nodeStream.pipe(collector);
        nodeStream.on("error", (err) => {
            collector.end();
            reject(err);
        });
        collector.on("error", reject);
        collector.on("finish", function () {
            const bytes = (0,_concatBytes__WEBPACK_IMPORTED_MODULE_3__/* .concatBytes */ .I)(this.bufferedBytes);
            resolve(bytes);
        });
    });
};
class Collector extends node_stream__WEBPACK_IMPORTED_MODULE_0__.Writable {
    bufferedBytes = [];
    _write(chunk, encoding, callback) {
        this.bufferedBytes.push(chunk);
        callback();
    }
}


/***/ }),

/***/ 3296:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ isReadableStream),
/* harmony export */   q: () => (/* binding */ isBlob)
/* harmony export */ });
const isReadableStream = (stream) => typeof ReadableStream === "function" &&
    (stream?.constructor?.name === ReadableStream.name || stream instanceof ReadableStream);
const isBlob = (blob) => {
    return typeof Blob === "function" && (blob?.constructor?.name === Blob.name || blob instanceof Blob);
};


/***/ }),

/***/ 4574:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ fromUtf8)
/* harmony export */ });
/* harmony import */ var _util_buffer_from_buffer_from__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6382);

const fromUtf8 = (input) => {
    const buf = (0,_util_buffer_from_buffer_from__WEBPACK_IMPORTED_MODULE_0__/* .fromString */ .s)(input, "utf8");
    return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength / Uint8Array.BYTES_PER_ELEMENT);
};


/***/ }),

/***/ 1821:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ toUint8Array)
/* harmony export */ });
/* harmony import */ var _fromUtf8__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4574);

const toUint8Array = (data) => {
    if (data instanceof Uint8Array) {
        return data;
    }
    if (typeof data === "string") {
        return (0,_fromUtf8__WEBPACK_IMPORTED_MODULE_0__/* .fromUtf8 */ .a)(data);
    }
    if (ArrayBuffer.isView(data)) {
        return new Uint8Array(data.buffer, data.byteOffset, data.byteLength / Uint8Array.BYTES_PER_ELEMENT);
    }
    return new Uint8Array(data);
};


/***/ }),

/***/ 1787:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ toUtf8)
/* harmony export */ });
/* harmony import */ var _util_buffer_from_buffer_from__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6382);

const toUtf8 = (input) => {
    if (typeof input === "string") {
        return input;
    }
    if (typeof input !== "object" || typeof input.byteOffset !== "number" || typeof input.byteLength !== "number") {
        throw new Error("@smithy/util-utf8: toUtf8 encoder function only accepts string | Uint8Array.");
    }
    return (0,_util_buffer_from_buffer_from__WEBPACK_IMPORTED_MODULE_0__/* .fromArrayBuffer */ .Q)(input.buffer, input.byteOffset, input.byteLength).toString("utf8");
};


/***/ }),

/***/ 5694:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ NumericValue)
/* harmony export */ });
/* unused harmony export nv */
const format = /^-?((0|[1-9]\d*)(\.\d+)?|\.\d+)([eE][+-]?\d+)?$/;
class NumericValue {
    string;
    type;
    constructor(string, type) {
        this.string = string;
        this.type = type;
        if (!format.test(string)) {
            throw new Error(`@smithy/core/serde - NumericValue string must conform to the Smithy bigDecimal format. Received: "${string}"`);
        }
    }
    toString() {
        return this.string;
    }
    static [Symbol.hasInstance](object) {
        if (!object || typeof object !== "object") {
            return false;
        }
        const _nv = object;
        return NumericValue.prototype.isPrototypeOf(object) || (_nv.type === "bigDecimal" && format.test(_nv.string));
    }
}
function nv(input) {
    return new NumericValue(String(input), "bigDecimal");
}


/***/ }),

/***/ 5298:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ writeKey)
/* harmony export */ });
function writeKey(obj) {
    Object.defineProperty(obj, "__proto__", { value: undefined, writable: true, enumerable: true, configurable: true });
}


/***/ }),

/***/ 3753:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ getSmithyContext)
/* harmony export */ });
/* harmony import */ var _smithy_types__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(876);

const getSmithyContext = (context) => context[_smithy_types__WEBPACK_IMPORTED_MODULE_0__/* .SMITHY_CONTEXT_KEY */ .V] || (context[_smithy_types__WEBPACK_IMPORTED_MODULE_0__/* .SMITHY_CONTEXT_KEY */ .V] = {});


/***/ }),

/***/ 6852:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ hasOwn)
/* harmony export */ });
function hasOwn(o, k) {
    return Object.prototype.hasOwnProperty.call(o, k);
}


/***/ }),

/***/ 1871:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ HttpRequest)
/* harmony export */ });
class HttpRequest {
    method;
    protocol;
    hostname;
    port;
    path;
    query;
    headers;
    username;
    password;
    fragment;
    body;
    constructor(options) {
        this.method = options.method || "GET";
        this.hostname = options.hostname || "localhost";
        this.port = options.port;
        this.query = options.query || {};
        this.headers = options.headers || {};
        this.body = options.body;
        this.protocol = options.protocol
            ? options.protocol.slice(-1) !== ":"
                ? `${options.protocol}:`
                : options.protocol
            : "https:";
        this.path = options.path ? (options.path.charAt(0) !== "/" ? `/${options.path}` : options.path) : "/";
        this.username = options.username;
        this.password = options.password;
        this.fragment = options.fragment;
    }
    static clone(request) {
        const cloned = new HttpRequest({
            ...request,
            headers: { ...request.headers },
        });
        if (cloned.query) {
            cloned.query = cloneQuery(cloned.query);
        }
        return cloned;
    }
    static isInstance(request) {
        if (!request) {
            return false;
        }
        const req = request;
        return ("method" in req &&
            "protocol" in req &&
            "hostname" in req &&
            "path" in req &&
            typeof req["query"] === "object" &&
            typeof req["headers"] === "object");
    }
    clone() {
        return HttpRequest.clone(this);
    }
}
function cloneQuery(query) {
    return Object.keys(query).reduce((carry, paramName) => {
        const param = query[paramName];
        return {
            ...carry,
            [paramName]: Array.isArray(param) ? [...param] : param,
        };
    }, {});
}


/***/ }),

/***/ 7291:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ HttpResponse)
/* harmony export */ });
class HttpResponse {
    statusCode;
    reason;
    headers;
    body;
    constructor(options) {
        this.statusCode = options.statusCode;
        this.reason = options.reason;
        this.headers = options.headers || {};
        this.body = options.body;
    }
    static isInstance(response) {
        if (!response) {
            return false;
        }
        const resp = response;
        return typeof resp.statusCode === "number" && typeof resp.headers === "object";
    }
}


/***/ }),

/***/ 6370:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ isValidHostLabel)
/* harmony export */ });
const VALID_HOST_LABEL_REGEX = new RegExp(`^(?!.*-$)(?!-)[a-zA-Z0-9-]{1,63}$`);
const isValidHostLabel = (value, allowSubDomains = false) => {
    if (!allowSubDomains) {
        return VALID_HOST_LABEL_REGEX.test(value);
    }
    const labels = value.split(".");
    for (const label of labels) {
        if (!isValidHostLabel(label)) {
            return false;
        }
    }
    return true;
};


/***/ }),

/***/ 4876:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ normalizeProvider)
/* harmony export */ });
const normalizeProvider = (input) => {
    if (typeof input === "function") {
        return input;
    }
    const promisified = Promise.resolve(input);
    return () => promisified;
};


/***/ }),

/***/ 6663:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  D: () => (/* binding */ parseUrl)
});

;// CONCATENATED MODULE: ../node_modules/@smithy/core/dist-es/submodules/transport/parseQueryString.js
function parseQueryString(querystring) {
    const query = {};
    querystring = querystring.replace(/^\?/, "");
    if (querystring) {
        for (const pair of querystring.split("&")) {
            let [key, value = null] = pair.split("=");
            key = decodeURIComponent(key);
            if (value) {
                value = decodeURIComponent(value);
            }
            if (!(key in query)) {
                query[key] = value;
            }
            else if (Array.isArray(query[key])) {
                query[key].push(value);
            }
            else {
                query[key] = [query[key], value];
            }
        }
    }
    return query;
}

;// CONCATENATED MODULE: ../node_modules/@smithy/core/dist-es/submodules/transport/parseUrl.js

const parseUrl = (url) => {
    if (typeof url === "string") {
        return parseUrl(new URL(url));
    }
    const { hostname, pathname, port, protocol, search } = url;
    let query;
    if (search) {
        query = parseQueryString(search);
    }
    return {
        hostname,
        port: port ? parseInt(port) : undefined,
        protocol,
        path: pathname,
        query,
    };
};


/***/ }),

/***/ 89:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ toEndpointV1)
/* harmony export */ });
/* harmony import */ var _hasOwn__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6852);
/* harmony import */ var _parseUrl__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6663);


const toEndpointV1 = (endpoint) => {
    if (typeof endpoint === "object") {
        if ("url" in endpoint) {
            const v1Endpoint = (0,_parseUrl__WEBPACK_IMPORTED_MODULE_0__/* .parseUrl */ .D)(endpoint.url);
            if (endpoint.headers) {
                v1Endpoint.headers = {};
                for (const name in endpoint.headers) {
                    if (!(0,_hasOwn__WEBPACK_IMPORTED_MODULE_1__/* .hasOwn */ .$)(endpoint.headers, name)) {
                        continue;
                    }
                    v1Endpoint.headers[name.toLowerCase()] = endpoint.headers[name].join(", ");
                }
            }
            return v1Endpoint;
        }
        return endpoint;
    }
    return (0,_parseUrl__WEBPACK_IMPORTED_MODULE_0__/* .parseUrl */ .D)(endpoint);
};


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  $: () => (/* binding */ NodeHttpHandler)
});

// UNUSED EXPORTS: DEFAULT_REQUEST_TIMEOUT

// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/transport/hasOwn.js
var hasOwn = __nccwpck_require__(6852);
// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/protocols/util-uri-escape/escape-uri.js
var escape_uri = __nccwpck_require__(7270);
;// CONCATENATED MODULE: ../node_modules/@smithy/core/dist-es/submodules/protocols/querystring-builder/buildQueryString.js

function buildQueryString(query) {
    const parts = [];
    for (let key of Object.keys(query).sort()) {
        const value = query[key];
        key = (0,escape_uri/* escapeUri */.o)(key);
        if (Array.isArray(value)) {
            for (let i = 0, iLen = value.length; i < iLen; i++) {
                parts.push(`${key}=${(0,escape_uri/* escapeUri */.o)(value[i])}`);
            }
        }
        else {
            let qsEntry = key;
            if (value || typeof value === "string") {
                qsEntry += `=${(0,escape_uri/* escapeUri */.o)(value)}`;
            }
            parts.push(qsEntry);
        }
    }
    return parts.join("&");
}

// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/transport/httpResponse.js
var transport_httpResponse = __nccwpck_require__(7291);
;// CONCATENATED MODULE: ../node_modules/@smithy/node-http-handler/dist-es/build-abort-error.js
function buildAbortError(abortSignal) {
    const reason = abortSignal && typeof abortSignal === "object" && "reason" in abortSignal
        ? abortSignal.reason
        : undefined;
    if (reason) {
        if (reason instanceof Error) {
            const abortError = new Error("Request aborted");
            abortError.name = "AbortError";
            abortError.cause = reason;
            return abortError;
        }
        const abortError = new Error(String(reason));
        abortError.name = "AbortError";
        return abortError;
    }
    const abortError = new Error("Request aborted");
    abortError.name = "AbortError";
    return abortError;
}

;// CONCATENATED MODULE: ../node_modules/@smithy/node-http-handler/dist-es/constants.js
const NODEJS_TIMEOUT_ERROR_CODES = ["ECONNRESET", "EPIPE", "ETIMEDOUT"];

;// CONCATENATED MODULE: ../node_modules/@smithy/node-http-handler/dist-es/get-transformed-headers.js

const getTransformedHeaders = (headers) => {
    const transformedHeaders = {};
    for (const name in headers) {
        if (!(0,hasOwn/* hasOwn */.$)(headers, name)) {
            continue;
        }
        const headerValues = headers[name];
        transformedHeaders[name] = Array.isArray(headerValues) ? headerValues.join(",") : headerValues;
    }
    return transformedHeaders;
};


// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __nccwpck_require__(4708);
var external_node_https_default = /*#__PURE__*/__nccwpck_require__.n(external_node_https_);
;// CONCATENATED MODULE: ../node_modules/@smithy/node-http-handler/dist-es/timing.js
const timing = {
    setTimeout: (cb, ms) => setTimeout(cb, ms),
    clearTimeout: (timeoutId) => clearTimeout(timeoutId),
};

;// CONCATENATED MODULE: ../node_modules/@smithy/node-http-handler/dist-es/set-connection-timeout.js

const DEFER_EVENT_LISTENER_TIME = 1000;
const setConnectionTimeout = (request, reject, timeoutInMs = 0) => {
    if (!timeoutInMs) {
        return -1;
    }
    const registerTimeout = (offset) => {
        const timeoutId = timing.setTimeout(() => {
            request.destroy();
            reject(Object.assign(new Error(`@smithy/node-http-handler - the request socket did not establish a connection with the server within the configured timeout of ${timeoutInMs} ms.`), {
                name: "TimeoutError",
            }));
        }, timeoutInMs - offset);
        const doWithSocket = (socket) => {
            if (socket?.connecting) {
                socket.on("connect", () => {
                    timing.clearTimeout(timeoutId);
                });
            }
            else {
                timing.clearTimeout(timeoutId);
            }
        };
        if (request.socket) {
            doWithSocket(request.socket);
        }
        else {
            request.on("socket", doWithSocket);
        }
    };
    if (timeoutInMs < 2000) {
        registerTimeout(0);
        return 0;
    }
    return timing.setTimeout(registerTimeout.bind(null, DEFER_EVENT_LISTENER_TIME), DEFER_EVENT_LISTENER_TIME);
};

;// CONCATENATED MODULE: ../node_modules/@smithy/node-http-handler/dist-es/set-request-timeout.js

const setRequestTimeout = (req, reject, timeoutInMs = 0, throwOnRequestTimeout, logger) => {
    if (timeoutInMs) {
        return timing.setTimeout(() => {
            let msg = `@smithy/node-http-handler - [${throwOnRequestTimeout ? "ERROR" : "WARN"}] a request has exceeded the configured ${timeoutInMs} ms requestTimeout.`;
            if (throwOnRequestTimeout) {
                const error = Object.assign(new Error(msg), {
                    name: "TimeoutError",
                    code: "ETIMEDOUT",
                });
                req.destroy(error);
                reject(error);
            }
            else {
                msg += ` Init client requestHandler with throwOnRequestTimeout=true to turn this into an error.`;
                logger?.warn?.(msg);
            }
        }, timeoutInMs);
    }
    return -1;
};

;// CONCATENATED MODULE: ../node_modules/@smithy/node-http-handler/dist-es/set-socket-keep-alive.js

const set_socket_keep_alive_DEFER_EVENT_LISTENER_TIME = 3000;
const setSocketKeepAlive = (request, { keepAlive, keepAliveMsecs }, deferTimeMs = set_socket_keep_alive_DEFER_EVENT_LISTENER_TIME) => {
    if (keepAlive !== true) {
        return -1;
    }
    const registerListener = () => {
        if (request.socket) {
            request.socket.setKeepAlive(keepAlive, keepAliveMsecs || 0);
        }
        else {
            request.on("socket", (socket) => {
                socket.setKeepAlive(keepAlive, keepAliveMsecs || 0);
            });
        }
    };
    if (deferTimeMs === 0) {
        registerListener();
        return 0;
    }
    return timing.setTimeout(registerListener, deferTimeMs);
};

;// CONCATENATED MODULE: ../node_modules/@smithy/node-http-handler/dist-es/resolve-default-socket-timeout.js
const resolveDefaultSocketTimeout = (config) => {
    const value = config?.defaultSocketTimeout;
    return typeof value === "number" && Number.isFinite(value) && value > 0 ? value : undefined;
};

;// CONCATENATED MODULE: ../node_modules/@smithy/node-http-handler/dist-es/set-socket-timeout.js

const set_socket_timeout_DEFER_EVENT_LISTENER_TIME = 3000;
const setSocketTimeout = (request, reject, timeoutInMs = 0, isServiceDefault = false) => {
    if (!Number.isFinite(timeoutInMs) || timeoutInMs <= 0) {
        return;
    }
    let response;
    request.once("response", (res) => (response = res));
    const onTimeout = () => {
        if (response?.complete) {
            request.socket?.destroy();
            return;
        }
        const error = Object.assign(new Error(`@smithy/node-http-handler - the request socket timed out after ${timeoutInMs} ms of inactivity (${isServiceDefault ? "service default socket timeout" : "configured by client requestHandler"}).`), { name: "TimeoutError" });
        response?.destroy(error);
        request.destroy();
        reject(error);
    };
    const registerTimeout = () => {
        const { socket } = request;
        if (!socket) {
            request.once("socket", registerTimeout);
        }
        else if (socket.connecting) {
            socket.once("connect", registerTimeout);
        }
        else {
            socket.setTimeout(timeoutInMs, onTimeout);
            request.on("close", () => socket.removeListener("timeout", onTimeout));
        }
    };
    if (timeoutInMs < 6000) {
        registerTimeout();
        return;
    }
    const deferralId = timing.setTimeout(registerTimeout, set_socket_timeout_DEFER_EVENT_LISTENER_TIME);
    request.once("close", () => timing.clearTimeout(deferralId));
};

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __nccwpck_require__(7075);
;// CONCATENATED MODULE: ../node_modules/@smithy/node-http-handler/dist-es/write-request-body.js


const MIN_WAIT_TIME = 6_000;
async function writeRequestBody(httpRequest, request, maxContinueTimeoutMs = MIN_WAIT_TIME, externalAgent = false) {
    const headers = request.headers;
    const expect = headers ? headers.Expect || headers.expect : undefined;
    let timeoutId = -1;
    let sendBody = true;
    if (!externalAgent && expect === "100-continue") {
        sendBody = await Promise.race([
            new Promise((resolve) => {
                timeoutId = Number(timing.setTimeout(() => resolve(true), Math.max(MIN_WAIT_TIME, maxContinueTimeoutMs)));
            }),
            new Promise((resolve) => {
                httpRequest.on("continue", () => {
                    timing.clearTimeout(timeoutId);
                    resolve(true);
                });
                httpRequest.on("response", () => {
                    timing.clearTimeout(timeoutId);
                    resolve(false);
                });
                httpRequest.on("error", () => {
                    timing.clearTimeout(timeoutId);
                    resolve(false);
                });
            }),
        ]);
    }
    if (sendBody) {
        writeBody(httpRequest, request.body);
    }
}
function writeBody(httpRequest, body) {
    if (body instanceof external_node_stream_.Readable) {
        body.pipe(httpRequest);
        return;
    }
    if (body) {
        const isBuffer = Buffer.isBuffer(body);
        const isString = typeof body === "string";
        if (isBuffer || isString) {
            if (isBuffer && body.byteLength === 0) {
                httpRequest.end();
            }
            else {
                httpRequest.end(body);
            }
            return;
        }
        const uint8 = body;
        if (typeof uint8 === "object" &&
            uint8.buffer &&
            typeof uint8.byteOffset === "number" &&
            typeof uint8.byteLength === "number") {
            httpRequest.end(Buffer.from(uint8.buffer, uint8.byteOffset, uint8.byteLength));
            return;
        }
        httpRequest.end(Buffer.from(body));
        return;
    }
    httpRequest.end();
}

;// CONCATENATED MODULE: ../node_modules/@smithy/node-http-handler/dist-es/node-http-handler.js













const DEFAULT_REQUEST_TIMEOUT = 0;
let hAgent = undefined;
let hRequest = undefined;
class NodeHttpHandler {
    config;
    configProvider;
    socketWarningTimestamp = 0;
    externalAgent = false;
    metadata = { handlerProtocol: "http/1.1" };
    static create(instanceOrOptions) {
        if (typeof instanceOrOptions?.handle === "function") {
            return instanceOrOptions;
        }
        return new NodeHttpHandler(instanceOrOptions);
    }
    static checkSocketUsage(agent, socketWarningTimestamp, logger = console) {
        const { sockets, requests, maxSockets } = agent;
        if (typeof maxSockets !== "number" || maxSockets === Infinity) {
            return socketWarningTimestamp;
        }
        const interval = 15_000;
        if (Date.now() - interval < socketWarningTimestamp) {
            return socketWarningTimestamp;
        }
        if (sockets && requests) {
            for (const origin in sockets) {
                if (!(0,hasOwn/* hasOwn */.$)(sockets, origin)) {
                    continue;
                }
                const socketsInUse = sockets[origin]?.length ?? 0;
                const requestsEnqueued = requests[origin]?.length ?? 0;
                if (socketsInUse >= maxSockets && requestsEnqueued >= 2 * maxSockets) {
                    logger?.warn?.(`@smithy/node-http-handler:WARN - socket usage at capacity=${socketsInUse} and ${requestsEnqueued} additional requests are enqueued.
See https://docs.aws.amazon.com/sdk-for-javascript/v3/developer-guide/node-configuring-maxsockets.html
or increase socketAcquisitionWarningTimeout=(millis) in the NodeHttpHandler config.`);
                    return Date.now();
                }
            }
        }
        return socketWarningTimestamp;
    }
    constructor(options) {
        this.configProvider = new Promise((resolve, reject) => {
            if (typeof options === "function") {
                options()
                    .then((_options) => {
                    resolve(this.resolveDefaultConfig(_options));
                })
                    .catch(reject);
            }
            else {
                resolve(this.resolveDefaultConfig(options));
            }
        });
    }
    destroy() {
        this.config?.httpAgent?.destroy();
        this.config?.httpsAgent?.destroy();
    }
    async handle(request, { abortSignal, requestTimeout } = {}) {
        if (!this.config) {
            this.config = await this.configProvider;
        }
        const config = this.config;
        const logger = config.logger;
        const isSSL = request.protocol === "https:";
        if (!isSSL && !this.config.httpAgent) {
            this.config.httpAgent = await this.config.httpAgentProvider();
        }
        return new Promise((_resolve, _reject) => {
            let writeRequestBodyPromise = undefined;
            let socketWarningTimeoutId = -1;
            let connectionTimeoutId = -1;
            let requestTimeoutId = -1;
            let keepAliveTimeoutId = -1;
            const clearTimeouts = () => {
                timing.clearTimeout(socketWarningTimeoutId);
                timing.clearTimeout(connectionTimeoutId);
                timing.clearTimeout(requestTimeoutId);
                timing.clearTimeout(keepAliveTimeoutId);
            };
            const resolve = async (arg) => {
                await writeRequestBodyPromise;
                clearTimeouts();
                _resolve(arg);
            };
            const reject = async (arg) => {
                await writeRequestBodyPromise;
                clearTimeouts();
                _reject(arg);
            };
            if (abortSignal?.aborted) {
                const abortError = buildAbortError(abortSignal);
                reject(abortError);
                return;
            }
            const headers = request.headers;
            const expectContinue = headers ? (headers.Expect ?? headers.expect) === "100-continue" : false;
            let agent = isSSL ? config.httpsAgent : config.httpAgent;
            if (expectContinue && !this.externalAgent) {
                agent = new (isSSL ? (external_node_https_default()).Agent : hAgent)({
                    keepAlive: false,
                    maxSockets: Infinity,
                });
            }
            socketWarningTimeoutId = timing.setTimeout(() => {
                this.socketWarningTimestamp = NodeHttpHandler.checkSocketUsage(agent, this.socketWarningTimestamp, logger);
            }, config.socketAcquisitionWarningTimeout ?? (config.requestTimeout ?? 2000) + (config.connectionTimeout ?? 1000));
            const queryString = request.query ? buildQueryString(request.query) : "";
            let auth = undefined;
            if (request.username != null || request.password != null) {
                const username = request.username ?? "";
                const password = request.password ?? "";
                auth = `${username}:${password}`;
            }
            let path = request.path;
            if (queryString) {
                path += `?${queryString}`;
            }
            if (request.fragment) {
                path += `#${request.fragment}`;
            }
            let hostname = request.hostname ?? "";
            if (hostname[0] === "[" && hostname.endsWith("]")) {
                hostname = request.hostname.slice(1, -1);
            }
            else {
                hostname = request.hostname;
            }
            const nodeHttpsOptions = {
                headers: request.headers,
                host: hostname,
                method: request.method,
                path,
                port: request.port,
                agent,
                auth,
            };
            const requestFunc = isSSL ? (external_node_https_default()).request : hRequest;
            const req = requestFunc(nodeHttpsOptions, (res) => {
                const httpResponse = new transport_httpResponse/* HttpResponse */.c({
                    statusCode: res.statusCode || -1,
                    reason: res.statusMessage,
                    headers: getTransformedHeaders(res.headers),
                    body: res,
                });
                resolve({ response: httpResponse });
            });
            req.on("error", (err) => {
                if (NODEJS_TIMEOUT_ERROR_CODES.includes(err.code)) {
                    reject(Object.assign(err, { name: "TimeoutError" }));
                }
                else {
                    reject(err);
                }
            });
            if (abortSignal) {
                const onAbort = () => {
                    req.destroy();
                    const abortError = buildAbortError(abortSignal);
                    reject(abortError);
                };
                if (typeof abortSignal.addEventListener === "function") {
                    const signal = abortSignal;
                    signal.addEventListener("abort", onAbort, { once: true });
                    req.once("close", () => signal.removeEventListener("abort", onAbort));
                }
                else {
                    abortSignal.onabort = onAbort;
                }
            }
            const effectiveRequestTimeout = requestTimeout ?? config.requestTimeout;
            connectionTimeoutId = setConnectionTimeout(req, reject, config.connectionTimeout);
            requestTimeoutId = setRequestTimeout(req, reject, effectiveRequestTimeout, config.throwOnRequestTimeout, logger ?? console);
            const defaultSocketTimeout = config.socketTimeout === undefined ? resolveDefaultSocketTimeout(config) : undefined;
            if (defaultSocketTimeout) {
                setSocketTimeout(req, reject, defaultSocketTimeout, true);
            }
            else {
                setSocketTimeout(req, reject, config.socketTimeout);
            }
            const httpAgent = nodeHttpsOptions.agent;
            if (typeof httpAgent === "object" && "keepAlive" in httpAgent) {
                keepAliveTimeoutId = setSocketKeepAlive(req, {
                    keepAlive: httpAgent.keepAlive,
                    keepAliveMsecs: httpAgent.keepAliveMsecs,
                });
            }
            writeRequestBodyPromise = writeRequestBody(req, request, effectiveRequestTimeout, this.externalAgent).catch((e) => {
                clearTimeouts();
                return _reject(e);
            });
        });
    }
    updateHttpClientConfig(key, value) {
        this.config = undefined;
        this.configProvider = this.configProvider.then((config) => {
            switch (key) {
                case Symbol.for("logger"):
                    key = "logger";
                    value = config.logger ?? value;
                    break;
                case Symbol.for("@smithy/defaultSocketTimeout"):
                    key = "defaultSocketTimeout";
                    value = resolveDefaultSocketTimeout(config) ?? value;
                    break;
            }
            return {
                ...config,
                [key]: value,
            };
        });
    }
    httpHandlerConfigs() {
        return this.config ?? {};
    }
    resolveDefaultConfig(options) {
        const { requestTimeout, connectionTimeout, socketTimeout, socketAcquisitionWarningTimeout, httpAgent, httpsAgent, throwOnRequestTimeout, logger, } = options || {};
        const keepAlive = true;
        const maxSockets = 50;
        let httpAgentPromise;
        return {
            connectionTimeout,
            requestTimeout,
            socketTimeout,
            defaultSocketTimeout: resolveDefaultSocketTimeout(options),
            socketAcquisitionWarningTimeout,
            throwOnRequestTimeout,
            httpAgentProvider: () => (httpAgentPromise ??= (async () => {
                const node_http = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 7067, 23));
                const { Agent, request } = node_http.default ?? node_http;
                hRequest = request;
                hAgent = Agent;
                if (httpAgent instanceof hAgent || typeof httpAgent?.destroy === "function") {
                    this.externalAgent = true;
                    return httpAgent;
                }
                return new hAgent({ keepAlive, maxSockets, ...httpAgent });
            })()),
            httpsAgent: (() => {
                if (httpsAgent instanceof (external_node_https_default()).Agent || typeof httpsAgent?.destroy === "function") {
                    this.externalAgent = true;
                    return httpsAgent;
                }
                return new (external_node_https_default()).Agent({ keepAlive, maxSockets, ...httpsAgent });
            })(),
            logger,
        };
    }
}


/***/ }),

/***/ 8654:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  B: () => (/* binding */ SignatureV4)
});

// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/serde/util-hex-encoding/hex-encoding.js
var hex_encoding = __nccwpck_require__(706);
// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/serde/util-utf8/toUint8Array.js
var toUint8Array = __nccwpck_require__(1821);
// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/transport/hasOwn.js
var transport_hasOwn = __nccwpck_require__(6852);
// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/serde/util-utf8/fromUtf8.js
var fromUtf8 = __nccwpck_require__(4574);
;// CONCATENATED MODULE: ../node_modules/@smithy/signature-v4/dist-es/HeaderFormatter.js


class HeaderFormatter {
    format(headers) {
        const chunks = [];
        for (const headerName in headers) {
            if (!(0,transport_hasOwn/* hasOwn */.$)(headers, headerName)) {
                continue;
            }
            const bytes = (0,fromUtf8/* fromUtf8 */.a)(headerName);
            chunks.push(Uint8Array.from([bytes.byteLength]), bytes, this.formatHeaderValue(headers[headerName]));
        }
        const out = new Uint8Array(chunks.reduce((carry, bytes) => carry + bytes.byteLength, 0));
        let position = 0;
        for (const chunk of chunks) {
            out.set(chunk, position);
            position += chunk.byteLength;
        }
        return out;
    }
    formatHeaderValue(header) {
        switch (header.type) {
            case "boolean":
                return Uint8Array.from([header.value ? 0 : 1]);
            case "byte":
                return Uint8Array.from([2, header.value]);
            case "short":
                const shortView = new DataView(new ArrayBuffer(3));
                shortView.setUint8(0, 3);
                shortView.setInt16(1, header.value, false);
                return new Uint8Array(shortView.buffer);
            case "integer":
                const intView = new DataView(new ArrayBuffer(5));
                intView.setUint8(0, 4);
                intView.setInt32(1, header.value, false);
                return new Uint8Array(intView.buffer);
            case "long":
                const longBytes = new Uint8Array(9);
                longBytes[0] = 5;
                longBytes.set(header.value.bytes, 1);
                return longBytes;
            case "binary":
                const binView = new DataView(new ArrayBuffer(3 + header.value.byteLength));
                binView.setUint8(0, 6);
                binView.setUint16(1, header.value.byteLength, false);
                const binBytes = new Uint8Array(binView.buffer);
                binBytes.set(header.value, 3);
                return binBytes;
            case "string":
                const utf8Bytes = (0,fromUtf8/* fromUtf8 */.a)(header.value);
                const strView = new DataView(new ArrayBuffer(3 + utf8Bytes.byteLength));
                strView.setUint8(0, 7);
                strView.setUint16(1, utf8Bytes.byteLength, false);
                const strBytes = new Uint8Array(strView.buffer);
                strBytes.set(utf8Bytes, 3);
                return strBytes;
            case "timestamp":
                const tsBytes = new Uint8Array(9);
                tsBytes[0] = 8;
                tsBytes.set(Int64.fromNumber(header.value.valueOf()).bytes, 1);
                return tsBytes;
            case "uuid":
                if (!UUID_PATTERN.test(header.value)) {
                    throw new Error(`Invalid UUID received: ${header.value}`);
                }
                const uuidBytes = new Uint8Array(17);
                uuidBytes[0] = 9;
                uuidBytes.set((0,hex_encoding/* fromHex */.a)(header.value.replace(/-/g, "")), 1);
                return uuidBytes;
        }
    }
}
var HEADER_VALUE_TYPE;
(function (HEADER_VALUE_TYPE) {
    HEADER_VALUE_TYPE[HEADER_VALUE_TYPE["boolTrue"] = 0] = "boolTrue";
    HEADER_VALUE_TYPE[HEADER_VALUE_TYPE["boolFalse"] = 1] = "boolFalse";
    HEADER_VALUE_TYPE[HEADER_VALUE_TYPE["byte"] = 2] = "byte";
    HEADER_VALUE_TYPE[HEADER_VALUE_TYPE["short"] = 3] = "short";
    HEADER_VALUE_TYPE[HEADER_VALUE_TYPE["integer"] = 4] = "integer";
    HEADER_VALUE_TYPE[HEADER_VALUE_TYPE["long"] = 5] = "long";
    HEADER_VALUE_TYPE[HEADER_VALUE_TYPE["byteArray"] = 6] = "byteArray";
    HEADER_VALUE_TYPE[HEADER_VALUE_TYPE["string"] = 7] = "string";
    HEADER_VALUE_TYPE[HEADER_VALUE_TYPE["timestamp"] = 8] = "timestamp";
    HEADER_VALUE_TYPE[HEADER_VALUE_TYPE["uuid"] = 9] = "uuid";
})(HEADER_VALUE_TYPE || (HEADER_VALUE_TYPE = {}));
const UUID_PATTERN = /^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$/;
class Int64 {
    bytes;
    constructor(bytes) {
        this.bytes = bytes;
        if (bytes.byteLength !== 8) {
            throw new Error("Int64 buffers must be exactly 8 bytes");
        }
    }
    static fromNumber(number) {
        if (number > 9_223_372_036_854_775_807 || number < -9_223_372_036_854_775_808) {
            throw new Error(`${number} is too large (or, if negative, too small) to represent as an Int64`);
        }
        const bytes = new Uint8Array(8);
        for (let i = 7, remaining = Math.abs(Math.round(number)); i > -1 && remaining > 0; i--, remaining /= 256) {
            bytes[i] = remaining;
        }
        if (number < 0) {
            negate(bytes);
        }
        return new Int64(bytes);
    }
    valueOf() {
        const bytes = this.bytes.slice(0);
        const negative = bytes[0] & 0b10000000;
        if (negative) {
            negate(bytes);
        }
        return parseInt((0,hex_encoding/* toHex */.n)(bytes), 16) * (negative ? -1 : 1);
    }
    toString() {
        return String(this.valueOf());
    }
}
function negate(bytes) {
    for (let i = 0; i < 8; i++) {
        bytes[i] ^= 0xff;
    }
    for (let i = 7; i > -1; i--) {
        bytes[i]++;
        if (bytes[i] !== 0) {
            break;
        }
    }
}

// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/transport/normalizeProvider.js
var normalizeProvider = __nccwpck_require__(4876);
// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/protocols/util-uri-escape/escape-uri.js
var escape_uri = __nccwpck_require__(7270);
;// CONCATENATED MODULE: ../node_modules/@smithy/signature-v4/dist-es/constants.js
const ALGORITHM_QUERY_PARAM = "X-Amz-Algorithm";
const CREDENTIAL_QUERY_PARAM = "X-Amz-Credential";
const AMZ_DATE_QUERY_PARAM = "X-Amz-Date";
const SIGNED_HEADERS_QUERY_PARAM = "X-Amz-SignedHeaders";
const EXPIRES_QUERY_PARAM = "X-Amz-Expires";
const SIGNATURE_QUERY_PARAM = "X-Amz-Signature";
const TOKEN_QUERY_PARAM = "X-Amz-Security-Token";
const REGION_SET_PARAM = "X-Amz-Region-Set";
const AUTH_HEADER = "authorization";
const AMZ_DATE_HEADER = AMZ_DATE_QUERY_PARAM.toLowerCase();
const DATE_HEADER = "date";
const GENERATED_HEADERS = [AUTH_HEADER, AMZ_DATE_HEADER, DATE_HEADER];
const SIGNATURE_HEADER = SIGNATURE_QUERY_PARAM.toLowerCase();
const SHA256_HEADER = "x-amz-content-sha256";
const TOKEN_HEADER = TOKEN_QUERY_PARAM.toLowerCase();
const HOST_HEADER = "host";
const ALWAYS_UNSIGNABLE_HEADERS = {
    authorization: true,
    "cache-control": true,
    connection: true,
    expect: true,
    from: true,
    "keep-alive": true,
    "max-forwards": true,
    pragma: true,
    referer: true,
    te: true,
    trailer: true,
    "transfer-encoding": true,
    upgrade: true,
    "user-agent": true,
    "x-amzn-trace-id": true,
};
const PROXY_HEADER_PATTERN = /^proxy-/;
const SEC_HEADER_PATTERN = /^sec-/;
const UNSIGNABLE_PATTERNS = (/* unused pure expression or super */ null && ([/^proxy-/i, /^sec-/i]));
const ALGORITHM_IDENTIFIER = "AWS4-HMAC-SHA256";
const ALGORITHM_IDENTIFIER_V4A = "AWS4-ECDSA-P256-SHA256";
const EVENT_ALGORITHM_IDENTIFIER = "AWS4-HMAC-SHA256-PAYLOAD";
const UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD";
const MAX_CACHE_SIZE = 50;
const KEY_TYPE_IDENTIFIER = "aws4_request";
const MAX_PRESIGNED_TTL = 60 * 60 * 24 * 7;

;// CONCATENATED MODULE: ../node_modules/@smithy/signature-v4/dist-es/getCanonicalQuery.js



const getCanonicalQuery = ({ query = {} }) => {
    const keys = [];
    const serialized = {};
    for (const key in query) {
        if (!(0,transport_hasOwn/* hasOwn */.$)(query, key)) {
            continue;
        }
        if (key.toLowerCase() === SIGNATURE_HEADER) {
            continue;
        }
        const encodedKey = (0,escape_uri/* escapeUri */.o)(key);
        keys.push(encodedKey);
        const value = query[key];
        if (typeof value === "string") {
            serialized[encodedKey] = `${encodedKey}=${(0,escape_uri/* escapeUri */.o)(value)}`;
        }
        else if (Array.isArray(value)) {
            serialized[encodedKey] = value
                .slice(0)
                .reduce((encoded, value) => encoded.concat([`${encodedKey}=${(0,escape_uri/* escapeUri */.o)(value)}`]), [])
                .sort()
                .join("&");
        }
    }
    return keys
        .sort()
        .map((key) => serialized[key])
        .filter((serialized) => serialized)
        .join("&");
};

;// CONCATENATED MODULE: ../node_modules/@smithy/signature-v4/dist-es/utilDate.js
const iso8601 = (time) => toDate(time)
    .toISOString()
    .replace(/\.\d{3}Z$/, "Z");
const toDate = (time) => {
    if (typeof time === "number") {
        return new Date(time * 1000);
    }
    if (typeof time === "string") {
        if (Number(time)) {
            return new Date(Number(time) * 1000);
        }
        return new Date(time);
    }
    return time;
};

;// CONCATENATED MODULE: ../node_modules/@smithy/signature-v4/dist-es/SignatureV4Base.js





class SignatureV4Base {
    service;
    regionProvider;
    credentialProvider;
    sha256;
    uriEscapePath;
    applyChecksum;
    constructor({ applyChecksum, credentials, region, service, sha256, uriEscapePath = true, }) {
        this.service = service;
        this.sha256 = sha256;
        this.uriEscapePath = uriEscapePath;
        this.applyChecksum = typeof applyChecksum === "boolean" ? applyChecksum : true;
        this.regionProvider = (0,normalizeProvider/* normalizeProvider */.t)(region);
        this.credentialProvider = (0,normalizeProvider/* normalizeProvider */.t)(credentials);
    }
    createCanonicalRequest(request, canonicalHeaders, payloadHash) {
        const sortedHeaders = Object.keys(canonicalHeaders).sort();
        return `${request.method}
${this.getCanonicalPath(request)}
${getCanonicalQuery(request)}
${sortedHeaders.map((name) => `${name}:${canonicalHeaders[name]}`).join("\n")}

${sortedHeaders.join(";")}
${payloadHash}`;
    }
    async createStringToSign(longDate, credentialScope, canonicalRequest, algorithmIdentifier) {
        const hash = new this.sha256();
        hash.update((0,toUint8Array/* toUint8Array */.F)(canonicalRequest));
        const hashedRequest = await hash.digest();
        return `${algorithmIdentifier}
${longDate}
${credentialScope}
${(0,hex_encoding/* toHex */.n)(hashedRequest)}`;
    }
    getCanonicalPath({ path }) {
        if (this.uriEscapePath) {
            const normalizedPathSegments = [];
            for (const pathSegment of path.split("/")) {
                if (pathSegment?.length === 0) {
                    continue;
                }
                if (pathSegment === ".") {
                    continue;
                }
                if (pathSegment === "..") {
                    normalizedPathSegments.pop();
                }
                else {
                    normalizedPathSegments.push(pathSegment);
                }
            }
            const normalizedPath = `${path?.startsWith("/") ? "/" : ""}${normalizedPathSegments.join("/")}${normalizedPathSegments.length > 0 && path?.endsWith("/") ? "/" : ""}`;
            const doubleEncoded = (0,escape_uri/* escapeUri */.o)(normalizedPath);
            return doubleEncoded.replace(/%2F/g, "/");
        }
        return path;
    }
    validateResolvedCredentials(credentials) {
        if (typeof credentials !== "object" ||
            typeof credentials.accessKeyId !== "string" ||
            typeof credentials.secretAccessKey !== "string") {
            throw new Error("Resolved credential object is not valid");
        }
    }
    formatDate(now) {
        const longDate = iso8601(now).replace(/[-:]/g, "");
        return {
            longDate,
            shortDate: longDate.slice(0, 8),
        };
    }
    getCanonicalHeaderList(headers) {
        return Object.keys(headers).sort().join(";");
    }
}

;// CONCATENATED MODULE: ../node_modules/@smithy/signature-v4/dist-es/credentialDerivation.js


const signingKeyCache = {};
const cacheQueue = [];
const createScope = (shortDate, region, service) => `${shortDate}/${region}/${service}/${KEY_TYPE_IDENTIFIER}`;
const getSigningKey = async (sha256Constructor, credentials, shortDate, region, service) => {
    const credsHash = await hmac(sha256Constructor, credentials.secretAccessKey, credentials.accessKeyId);
    const cacheKey = `${shortDate}:${region}:${service}:${(0,hex_encoding/* toHex */.n)(credsHash)}:${credentials.sessionToken}`;
    if (cacheKey in signingKeyCache) {
        return signingKeyCache[cacheKey];
    }
    cacheQueue.push(cacheKey);
    while (cacheQueue.length > MAX_CACHE_SIZE) {
        delete signingKeyCache[cacheQueue.shift()];
    }
    let key = `AWS4${credentials.secretAccessKey}`;
    for (const signable of [shortDate, region, service, KEY_TYPE_IDENTIFIER]) {
        key = await hmac(sha256Constructor, key, signable);
    }
    return (signingKeyCache[cacheKey] = key);
};
const clearCredentialCache = () => {
    cacheQueue.length = 0;
    Object.keys(signingKeyCache).forEach((cacheKey) => {
        delete signingKeyCache[cacheKey];
    });
};
const hmac = (ctor, secret, data) => {
    const hash = new ctor(secret);
    hash.update((0,toUint8Array/* toUint8Array */.F)(data));
    return hash.digest();
};

// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/serde/writeKey.js
var writeKey = __nccwpck_require__(5298);
;// CONCATENATED MODULE: ../node_modules/@smithy/signature-v4/dist-es/getCanonicalHeaders.js


const getCanonicalHeaders = ({ headers }, unsignableHeaders, signableHeaders) => {
    const canonical = {};
    for (const headerName of Object.keys(headers).sort()) {
        if (headers[headerName] == undefined) {
            continue;
        }
        const canonicalHeaderName = headerName.toLowerCase();
        if ((0,transport_hasOwn/* hasOwn */.$)(ALWAYS_UNSIGNABLE_HEADERS, canonicalHeaderName) ||
            unsignableHeaders?.has(canonicalHeaderName) ||
            PROXY_HEADER_PATTERN.test(canonicalHeaderName) ||
            SEC_HEADER_PATTERN.test(canonicalHeaderName)) {
            if (!signableHeaders || (signableHeaders && !signableHeaders.has(canonicalHeaderName))) {
                continue;
            }
        }
        if (canonicalHeaderName === "__proto__") {
            (0,writeKey/* writeKey */.T)(canonical);
        }
        canonical[canonicalHeaderName] = headers[headerName]
            .replace(/[\r\n]/g, " ")
            .replace(/[ \t]+/g, " ")
            .replace(/^ | $/g, "");
    }
    return canonical;
};

// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/serde/is-array-buffer/is-array-buffer.js
var is_array_buffer = __nccwpck_require__(8345);
;// CONCATENATED MODULE: ../node_modules/@smithy/signature-v4/dist-es/getPayloadHash.js



const getPayloadHash = async ({ headers, body }, hashConstructor) => {
    for (const headerName in headers) {
        if (!(0,transport_hasOwn/* hasOwn */.$)(headers, headerName)) {
            continue;
        }
        if (headerName.toLowerCase() === SHA256_HEADER) {
            return headers[headerName];
        }
    }
    if (body == undefined) {
        return "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    }
    else if (typeof body === "string" || ArrayBuffer.isView(body) || (0,is_array_buffer/* isArrayBuffer */.m)(body)) {
        const hashCtor = new hashConstructor();
        hashCtor.update((0,toUint8Array/* toUint8Array */.F)(body));
        return (0,hex_encoding/* toHex */.n)(await hashCtor.digest());
    }
    return UNSIGNED_PAYLOAD;
};

;// CONCATENATED MODULE: ../node_modules/@smithy/signature-v4/dist-es/headerUtil.js

const hasHeader = (soughtHeader, headers) => {
    soughtHeader = soughtHeader.toLowerCase();
    for (const headerName in headers) {
        if (!(0,transport_hasOwn/* hasOwn */.$)(headers, headerName)) {
            continue;
        }
        if (soughtHeader === headerName.toLowerCase()) {
            return true;
        }
    }
    return false;
};
const getHeaderValue = (soughtHeader, headers) => {
    soughtHeader = soughtHeader.toLowerCase();
    for (const headerName in headers) {
        if (!hasOwn(headers, headerName)) {
            continue;
        }
        if (soughtHeader === headerName.toLowerCase()) {
            return headers[headerName];
        }
    }
    return undefined;
};
const deleteHeader = (soughtHeader, headers) => {
    soughtHeader = soughtHeader.toLowerCase();
    for (const headerName in headers) {
        if (!hasOwn(headers, headerName)) {
            continue;
        }
        if (soughtHeader === headerName.toLowerCase()) {
            delete headers[headerName];
        }
    }
};

// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/transport/httpRequest.js
var httpRequest = __nccwpck_require__(1871);
;// CONCATENATED MODULE: ../node_modules/@smithy/signature-v4/dist-es/moveHeadersToQuery.js


const moveHeadersToQuery = (request, options = {}) => {
    const { headers, query = {} } = httpRequest/* HttpRequest */.K.clone(request);
    for (const name in headers) {
        if (!(0,transport_hasOwn/* hasOwn */.$)(headers, name)) {
            continue;
        }
        const lname = name.toLowerCase();
        if ((lname.slice(0, 6) === "x-amz-" && !options.unhoistableHeaders?.has(lname)) ||
            options.hoistableHeaders?.has(lname)) {
            query[name] = headers[name];
            delete headers[name];
        }
    }
    return {
        ...request,
        headers,
        query,
    };
};

;// CONCATENATED MODULE: ../node_modules/@smithy/signature-v4/dist-es/prepareRequest.js



const prepareRequest = (request) => {
    request = httpRequest/* HttpRequest */.K.clone(request);
    for (const headerName in request.headers) {
        if (!(0,transport_hasOwn/* hasOwn */.$)(request.headers, headerName)) {
            continue;
        }
        if (GENERATED_HEADERS.indexOf(headerName.toLowerCase()) > -1) {
            delete request.headers[headerName];
        }
    }
    return request;
};

;// CONCATENATED MODULE: ../node_modules/@smithy/signature-v4/dist-es/SignatureV4.js










class SignatureV4 extends SignatureV4Base {
    headerFormatter = new HeaderFormatter();
    constructor({ applyChecksum, credentials, region, service, sha256, uriEscapePath = true, }) {
        super({
            applyChecksum,
            credentials,
            region,
            service,
            sha256,
            uriEscapePath,
        });
    }
    async presign(originalRequest, options = {}) {
        const { signingDate = new Date(), expiresIn = 3600, unsignableHeaders, unhoistableHeaders, signableHeaders, hoistableHeaders, signingRegion, signingService, } = options;
        const credentials = await this.credentialProvider();
        this.validateResolvedCredentials(credentials);
        const region = signingRegion ?? (await this.regionProvider());
        const { longDate, shortDate } = this.formatDate(signingDate);
        if (expiresIn > MAX_PRESIGNED_TTL) {
            return Promise.reject("Signature version 4 presigned URLs" + " must have an expiration date less than one week in" + " the future");
        }
        const scope = createScope(shortDate, region, signingService ?? this.service);
        const request = moveHeadersToQuery(prepareRequest(originalRequest), { unhoistableHeaders, hoistableHeaders });
        if (credentials.sessionToken) {
            request.query[TOKEN_QUERY_PARAM] = credentials.sessionToken;
        }
        request.query[ALGORITHM_QUERY_PARAM] = ALGORITHM_IDENTIFIER;
        request.query[CREDENTIAL_QUERY_PARAM] = `${credentials.accessKeyId}/${scope}`;
        request.query[AMZ_DATE_QUERY_PARAM] = longDate;
        request.query[EXPIRES_QUERY_PARAM] = expiresIn.toString(10);
        const canonicalHeaders = getCanonicalHeaders(request, unsignableHeaders, signableHeaders);
        request.query[SIGNED_HEADERS_QUERY_PARAM] = this.getCanonicalHeaderList(canonicalHeaders);
        request.query[SIGNATURE_QUERY_PARAM] = await this.getSignature(longDate, scope, this.getSigningKey(credentials, region, shortDate, signingService), this.createCanonicalRequest(request, canonicalHeaders, await getPayloadHash(originalRequest, this.sha256)));
        return request;
    }
    async sign(toSign, options) {
        if (typeof toSign === "string") {
            return this.signString(toSign, options);
        }
        else if (toSign.headers && toSign.payload) {
            return this.signEvent(toSign, options);
        }
        else if (toSign.message) {
            return this.signMessage(toSign, options);
        }
        else {
            return this.signRequest(toSign, options);
        }
    }
    async signEvent({ headers, payload }, { signingDate = new Date(), priorSignature, signingRegion, signingService, eventStreamCredentials, }) {
        const region = signingRegion ?? (await this.regionProvider());
        const { shortDate, longDate } = this.formatDate(signingDate);
        const scope = createScope(shortDate, region, signingService ?? this.service);
        const hashedPayload = await getPayloadHash({ headers: {}, body: payload }, this.sha256);
        const hash = new this.sha256();
        hash.update(headers);
        const hashedHeaders = (0,hex_encoding/* toHex */.n)(await hash.digest());
        const stringToSign = [
            EVENT_ALGORITHM_IDENTIFIER,
            longDate,
            scope,
            priorSignature,
            hashedHeaders,
            hashedPayload,
        ].join("\n");
        return this.signString(stringToSign, {
            signingDate,
            signingRegion: region,
            signingService,
            eventStreamCredentials,
        });
    }
    async signMessage(signableMessage, { signingDate = new Date(), signingRegion, signingService, eventStreamCredentials }) {
        const promise = this.signEvent({
            headers: this.headerFormatter.format(signableMessage.message.headers),
            payload: signableMessage.message.body,
        }, {
            signingDate,
            signingRegion,
            signingService,
            priorSignature: signableMessage.priorSignature,
            eventStreamCredentials,
        });
        return promise.then((signature) => {
            return { message: signableMessage.message, signature };
        });
    }
    async signString(stringToSign, { signingDate = new Date(), signingRegion, signingService, eventStreamCredentials, } = {}) {
        const credentials = eventStreamCredentials ?? (await this.credentialProvider());
        this.validateResolvedCredentials(credentials);
        const region = signingRegion ?? (await this.regionProvider());
        const { shortDate } = this.formatDate(signingDate);
        const hash = new this.sha256(await this.getSigningKey(credentials, region, shortDate, signingService));
        hash.update((0,toUint8Array/* toUint8Array */.F)(stringToSign));
        return (0,hex_encoding/* toHex */.n)(await hash.digest());
    }
    async signRequest(requestToSign, { signingDate = new Date(), signableHeaders, unsignableHeaders, signingRegion, signingService, } = {}) {
        const credentials = await this.credentialProvider();
        this.validateResolvedCredentials(credentials);
        const region = signingRegion ?? (await this.regionProvider());
        const request = prepareRequest(requestToSign);
        const { longDate, shortDate } = this.formatDate(signingDate);
        const scope = createScope(shortDate, region, signingService ?? this.service);
        request.headers[AMZ_DATE_HEADER] = longDate;
        if (credentials.sessionToken) {
            request.headers[TOKEN_HEADER] = credentials.sessionToken;
        }
        const payloadHash = await getPayloadHash(request, this.sha256);
        if (!hasHeader(SHA256_HEADER, request.headers) && this.applyChecksum) {
            request.headers[SHA256_HEADER] = payloadHash;
        }
        const canonicalHeaders = getCanonicalHeaders(request, unsignableHeaders, signableHeaders);
        const signature = await this.getSignature(longDate, scope, this.getSigningKey(credentials, region, shortDate, signingService), this.createCanonicalRequest(request, canonicalHeaders, payloadHash));
        request.headers[AUTH_HEADER] =
            `${ALGORITHM_IDENTIFIER} ` +
                `Credential=${credentials.accessKeyId}/${scope}, ` +
                `SignedHeaders=${this.getCanonicalHeaderList(canonicalHeaders)}, ` +
                `Signature=${signature}`;
        return request;
    }
    async getSignature(longDate, credentialScope, keyPromise, canonicalRequest) {
        const stringToSign = await this.createStringToSign(longDate, credentialScope, canonicalRequest, ALGORITHM_IDENTIFIER);
        const hash = new this.sha256(await keyPromise);
        hash.update((0,toUint8Array/* toUint8Array */.F)(stringToSign));
        return (0,hex_encoding/* toHex */.n)(await hash.digest());
    }
    getSigningKey(credentials, region, shortDate, service) {
        return getSigningKey(this.sha256, credentials, shortDate, region, service || this.service);
    }
}


/***/ }),

/***/ 876:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ SMITHY_CONTEXT_KEY)
/* harmony export */ });
const SMITHY_CONTEXT_KEY = "__smithy_context";


/***/ }),

/***/ 9159:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ IniSectionType)
/* harmony export */ });
var IniSectionType;
(function (IniSectionType) {
    IniSectionType["PROFILE"] = "profile";
    IniSectionType["SSO_SESSION"] = "sso-session";
    IniSectionType["SERVICES"] = "services";
})(IniSectionType || (IniSectionType = {}));


/***/ }),

/***/ 5455:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const https = __nccwpck_require__(5692)
const http = __nccwpck_require__(8611)
const { URL } = __nccwpck_require__(7016)

class HttpProxyAgent extends http.Agent {
  constructor (options) {
    const { proxy, proxyRequestOptions, ...opts } = options
    super(opts)
    this.proxy = typeof proxy === 'string'
      ? new URL(proxy)
      : proxy
    this.proxyRequestOptions = proxyRequestOptions || {}
  }

  createConnection (options, callback) {
    const requestOptions = {
      ...this.proxyRequestOptions,
      method: 'CONNECT',
      host: this.proxy.hostname,
      port: this.proxy.port,
      path: `${options.host}:${options.port}`,
      setHost: false,
      headers: { ...this.proxyRequestOptions.headers, connection: this.keepAlive ? 'keep-alive' : 'close', host: `${options.host}:${options.port}` },
      agent: false,
      timeout: options.timeout || 0
    }

    if (this.proxy.username || this.proxy.password) {
      const base64 = Buffer.from(`${decodeURIComponent(this.proxy.username || '')}:${decodeURIComponent(this.proxy.password || '')}`).toString('base64')
      requestOptions.headers['proxy-authorization'] = `Basic ${base64}`
    }

    if (this.proxy.protocol === 'https:') {
      requestOptions.servername = this.proxy.hostname
    }

    const request = (this.proxy.protocol === 'http:' ? http : https).request(requestOptions)
    request.once('connect', (response, socket, head) => {
      request.removeAllListeners()
      socket.removeAllListeners()
      if (response.statusCode === 200) {
        callback(null, socket)
      } else {
        socket.destroy()
        callback(new Error(`Bad response: ${response.statusCode}`), null)
      }
    })

    request.once('timeout', () => {
      request.destroy(new Error('Proxy timeout'))
    })

    request.once('error', err => {
      request.removeAllListeners()
      callback(err, null)
    })

    request.end()
  }
}

class HttpsProxyAgent extends https.Agent {
  constructor (options) {
    const { proxy, proxyRequestOptions, ...opts } = options
    super(opts)
    this.proxy = typeof proxy === 'string'
      ? new URL(proxy)
      : proxy
    this.proxyRequestOptions = proxyRequestOptions || {}
  }

  createConnection (options, callback) {
    const requestOptions = {
      ...this.proxyRequestOptions,
      method: 'CONNECT',
      host: this.proxy.hostname,
      port: this.proxy.port,
      path: `${options.host}:${options.port}`,
      setHost: false,
      headers: { ...this.proxyRequestOptions.headers, connection: this.keepAlive ? 'keep-alive' : 'close', host: `${options.host}:${options.port}` },
      agent: false,
      timeout: options.timeout || 0
    }

    if (this.proxy.username || this.proxy.password) {
      const base64 = Buffer.from(`${decodeURIComponent(this.proxy.username || '')}:${decodeURIComponent(this.proxy.password || '')}`).toString('base64')
      requestOptions.headers['proxy-authorization'] = `Basic ${base64}`
    }

    // Necessary for the TLS check with the proxy to succeed.
    if (this.proxy.protocol === 'https:') {
      requestOptions.servername = this.proxy.hostname
    }

    const request = (this.proxy.protocol === 'http:' ? http : https).request(requestOptions)
    request.once('connect', (response, socket, head) => {
      request.removeAllListeners()
      socket.removeAllListeners()
      if (response.statusCode === 200) {
        const secureSocket = super.createConnection({ ...options, socket })
        callback(null, secureSocket)
      } else {
        socket.destroy()
        callback(new Error(`Bad response: ${response.statusCode}`), null)
      }
    })

    request.once('timeout', () => {
      request.destroy(new Error('Proxy timeout'))
    })

    request.once('error', err => {
      request.removeAllListeners()
      callback(err, null)
    })

    request.end()
  }
}

module.exports = {
  HttpProxyAgent,
  HttpsProxyAgent
}


/***/ }),

/***/ 4328:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _src_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6303);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_src_index_js__WEBPACK_IMPORTED_MODULE_0__]);
_src_index_js__WEBPACK_IMPORTED_MODULE_0__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];
// The bundle's entry, beside bundle/tsconfig.json (see there why): the action's own entry point.


__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 6303:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2385);
// The runner's entry point: nothing but the call, so that tests import run() without side effects.

await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 2385:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
;// CONCATENATED MODULE: external "os"
const external_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");
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
    process.stdout.write(cmd.toString() + external_os_namespaceObject.EOL);
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
;// CONCATENATED MODULE: external "crypto"
const external_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");
;// CONCATENATED MODULE: external "fs"
const external_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");
;// CONCATENATED MODULE: ../node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_namespaceObject.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_namespaceObject.appendFileSync(filePath, `${toCommandValue(message)}${external_os_namespaceObject.EOL}`, {
        encoding: 'utf8'
    });
}
function prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_namespaceObject.randomUUID()}`;
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
    return `${key}<<${delimiter}${external_os_namespaceObject.EOL}${convertedValue}${external_os_namespaceObject.EOL}${delimiter}`;
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
var client_command_builder = __nccwpck_require__(5747);
// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/endpoints/index.js + 6 modules
var endpoints = __nccwpck_require__(7926);
;// CONCATENATED MODULE: ../node_modules/@aws-sdk/client-secrets-manager/dist-es/endpoint/EndpointParameters.js
const resolveClientEndpointParameters = (options) => {
    return Object.assign(options, {
        useDualstackEndpoint: options.useDualstackEndpoint ?? false,
        useFipsEndpoint: options.useFipsEndpoint ?? false,
        defaultSigningName: "secretsmanager",
    });
};
const commonParams = {
    UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
    Endpoint: { type: "builtInParams", name: "endpoint" },
    Region: { type: "builtInParams", name: "region" },
    UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" },
};

;// CONCATENATED MODULE: ../node_modules/@aws-sdk/client-secrets-manager/dist-es/commandBuilder.js



const command = (0,client_command_builder/* makeBuilder */.k)(commonParams, "secretsmanager", "SecretsManagerClient", endpoints/* getEndpointPlugin */.rD);
const _ep0 = {};
const _mw0 = (Command, cs, config, o) => [];

// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/schema/TypeRegistry.js
var TypeRegistry = __nccwpck_require__(9835);
// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/client/smithy-client/exceptions.js
var exceptions = __nccwpck_require__(3441);
;// CONCATENATED MODULE: ../node_modules/@aws-sdk/client-secrets-manager/dist-es/models/SecretsManagerServiceException.js


class SecretsManagerServiceException extends exceptions/* ServiceException */.T {
    static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.secretsmanager#SecretsManagerServiceException";
    constructor(options) {
        super(options);
        Object.setPrototypeOf(this, SecretsManagerServiceException.prototype);
    }
}

;// CONCATENATED MODULE: ../node_modules/@aws-sdk/client-secrets-manager/dist-es/models/errors.js

class DecryptionFailure extends SecretsManagerServiceException {
    static shapeId = "com.amazonaws.secretsmanager#DecryptionFailure";
    name = "DecryptionFailure";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "DecryptionFailure",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DecryptionFailure.prototype);
        this.Message = opts.Message;
    }
}
class InternalServiceError extends SecretsManagerServiceException {
    static shapeId = "com.amazonaws.secretsmanager#InternalServiceError";
    name = "InternalServiceError";
    $fault = "server";
    Message;
    constructor(opts) {
        super({
            name: "InternalServiceError",
            $fault: "server",
            ...opts,
        });
        Object.setPrototypeOf(this, InternalServiceError.prototype);
        this.Message = opts.Message;
    }
}
class InvalidNextTokenException extends SecretsManagerServiceException {
    static shapeId = "com.amazonaws.secretsmanager#InvalidNextTokenException";
    name = "InvalidNextTokenException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "InvalidNextTokenException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidNextTokenException.prototype);
        this.Message = opts.Message;
    }
}
class InvalidParameterException extends SecretsManagerServiceException {
    static shapeId = "com.amazonaws.secretsmanager#InvalidParameterException";
    name = "InvalidParameterException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "InvalidParameterException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidParameterException.prototype);
        this.Message = opts.Message;
    }
}
class InvalidRequestException extends SecretsManagerServiceException {
    static shapeId = "com.amazonaws.secretsmanager#InvalidRequestException";
    name = "InvalidRequestException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "InvalidRequestException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidRequestException.prototype);
        this.Message = opts.Message;
    }
}
class ResourceNotFoundException extends SecretsManagerServiceException {
    static shapeId = "com.amazonaws.secretsmanager#ResourceNotFoundException";
    name = "ResourceNotFoundException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "ResourceNotFoundException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ResourceNotFoundException.prototype);
        this.Message = opts.Message;
    }
}
class EncryptionFailure extends SecretsManagerServiceException {
    static shapeId = "com.amazonaws.secretsmanager#EncryptionFailure";
    name = "EncryptionFailure";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "EncryptionFailure",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, EncryptionFailure.prototype);
        this.Message = opts.Message;
    }
}
class LimitExceededException extends SecretsManagerServiceException {
    static shapeId = "com.amazonaws.secretsmanager#LimitExceededException";
    name = "LimitExceededException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "LimitExceededException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, LimitExceededException.prototype);
        this.Message = opts.Message;
    }
}
class MalformedPolicyDocumentException extends SecretsManagerServiceException {
    static shapeId = "com.amazonaws.secretsmanager#MalformedPolicyDocumentException";
    name = "MalformedPolicyDocumentException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "MalformedPolicyDocumentException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, MalformedPolicyDocumentException.prototype);
        this.Message = opts.Message;
    }
}
class PreconditionNotMetException extends SecretsManagerServiceException {
    static shapeId = "com.amazonaws.secretsmanager#PreconditionNotMetException";
    name = "PreconditionNotMetException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "PreconditionNotMetException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, PreconditionNotMetException.prototype);
        this.Message = opts.Message;
    }
}
class ResourceExistsException extends SecretsManagerServiceException {
    static shapeId = "com.amazonaws.secretsmanager#ResourceExistsException";
    name = "ResourceExistsException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "ResourceExistsException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ResourceExistsException.prototype);
        this.Message = opts.Message;
    }
}
class PublicPolicyException extends SecretsManagerServiceException {
    static shapeId = "com.amazonaws.secretsmanager#PublicPolicyException";
    name = "PublicPolicyException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "PublicPolicyException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, PublicPolicyException.prototype);
        this.Message = opts.Message;
    }
}

;// CONCATENATED MODULE: ../node_modules/@aws-sdk/client-secrets-manager/dist-es/schemas/schemas_0.js
const _AAD = "AutomaticallyAfterDays";
const _APIELT = "APIErrorListType";
const _APIET = "APIErrorType";
const _ARN = "ARN";
const _ARR = "AddReplicaRegions";
const _ARRLT = "AddReplicaRegionListType";
const _BGSV = "BatchGetSecretValue";
const _BGSVR = "BatchGetSecretValueRequest";
const _BGSVRa = "BatchGetSecretValueResponse";
const _BPP = "BlockPublicPolicy";
const _CD = "CreatedDate";
const _CN = "CheckName";
const _CRS = "CancelRotateSecret";
const _CRSR = "CancelRotateSecretRequest";
const _CRSRa = "CancelRotateSecretResponse";
const _CRT = "ClientRequestToken";
const _CS = "CreateSecret";
const _CSR = "CreateSecretRequest";
const _CSRr = "CreateSecretResponse";
const _D = "Description";
const _DD = "DeletionDate";
const _DDe = "DeletedDate";
const _DF = "DecryptionFailure";
const _DRP = "DeleteResourcePolicy";
const _DRPR = "DeleteResourcePolicyRequest";
const _DRPRe = "DeleteResourcePolicyResponse";
const _DS = "DeleteSecret";
const _DSR = "DeleteSecretRequest";
const _DSRe = "DeleteSecretResponse";
const _DSRes = "DescribeSecretRequest";
const _DSResc = "DescribeSecretResponse";
const _DSe = "DescribeSecret";
const _Du = "Duration";
const _E = "Errors";
const _EC = "ErrorCode";
const _ECx = "ExcludeCharacters";
const _EF = "EncryptionFailure";
const _EL = "ExcludeLowercase";
const _EM = "ErrorMessage";
const _EN = "ExcludeNumbers";
const _EP = "ExcludePunctuation";
const _ESRM = "ExternalSecretRotationMetadata";
const _ESRMI = "ExternalSecretRotationMetadataItem";
const _ESRMT = "ExternalSecretRotationMetadataType";
const _ESRRA = "ExternalSecretRotationRoleArn";
const _EU = "ExcludeUppercase";
const _F = "Filters";
const _FDWR = "ForceDeleteWithoutRecovery";
const _FLT = "FiltersListType";
const _FORS = "ForceOverwriteReplicaSecret";
const _Fi = "Filter";
const _GRP = "GetRandomPassword";
const _GRPR = "GetRandomPasswordRequest";
const _GRPRe = "GetRandomPasswordResponse";
const _GRPRet = "GetResourcePolicyRequest";
const _GRPRete = "GetResourcePolicyResponse";
const _GRPe = "GetResourcePolicy";
const _GSV = "GetSecretValue";
const _GSVR = "GetSecretValueRequest";
const _GSVRe = "GetSecretValueResponse";
const _ID = "IncludeDeprecated";
const _INTE = "InvalidNextTokenException";
const _IPD = "IncludePlannedDeletion";
const _IPE = "InvalidParameterException";
const _IRE = "InvalidRequestException";
const _IS = "IncludeSpace";
const _ISE = "InternalServiceError";
const _K = "Key";
const _KKI = "KmsKeyId";
const _KKIm = "KmsKeyIds";
const _LAD = "LastAccessedDate";
const _LCD = "LastChangedDate";
const _LEE = "LimitExceededException";
const _LRD = "LastRotatedDate";
const _LS = "ListSecrets";
const _LSR = "ListSecretsRequest";
const _LSRi = "ListSecretsResponse";
const _LSVI = "ListSecretVersionIds";
const _LSVIR = "ListSecretVersionIdsRequest";
const _LSVIRi = "ListSecretVersionIdsResponse";
const _M = "Message";
const _MPDE = "MalformedPolicyDocumentException";
const _MR = "MaxResults";
const _MTVI = "MoveToVersionId";
const _N = "Name";
const _NRD = "NextRotationDate";
const _NT = "NextToken";
const _OS = "OwningService";
const _PL = "PasswordLength";
const _PNME = "PreconditionNotMetException";
const _PPE = "PublicPolicyException";
const _PR = "PrimaryRegion";
const _PRP = "PutResourcePolicy";
const _PRPR = "PutResourcePolicyRequest";
const _PRPRu = "PutResourcePolicyResponse";
const _PSV = "PutSecretValue";
const _PSVR = "PutSecretValueRequest";
const _PSVRu = "PutSecretValueResponse";
const _PVP = "PolicyValidationPassed";
const _R = "Region";
const _RE = "RotationEnabled";
const _REE = "ResourceExistsException";
const _REIT = "RequireEachIncludedType";
const _RFVI = "RemoveFromVersionId";
const _RI = "RotateImmediately";
const _RLARN = "RotationLambdaARN";
const _RNFE = "ResourceNotFoundException";
const _RP = "RandomPassword";
const _RPT = "RandomPasswordType";
const _RPe = "ResourcePolicy";
const _RR = "RotationRules";
const _RRFR = "RemoveRegionsFromReplication";
const _RRFRR = "RemoveRegionsFromReplicationRequest";
const _RRFRRe = "RemoveRegionsFromReplicationResponse";
const _RRR = "RemoveReplicaRegions";
const _RRT = "ReplicaRegionType";
const _RRTo = "RotationRulesType";
const _RS = "ReplicationStatus";
const _RSLT = "ReplicationStatusListType";
const _RSR = "RestoreSecretRequest";
const _RSRe = "RestoreSecretResponse";
const _RSRo = "RotateSecretRequest";
const _RSRot = "RotateSecretResponse";
const _RST = "ReplicationStatusType";
const _RSTR = "ReplicateSecretToRegions";
const _RSTRR = "ReplicateSecretToRegionsRequest";
const _RSTRRe = "ReplicateSecretToRegionsResponse";
const _RSe = "RestoreSecret";
const _RSo = "RotateSecret";
const _RT = "RotationToken";
const _RTT = "RotationTokenType";
const _RWID = "RecoveryWindowInDays";
const _S = "Status";
const _SB = "SecretBinary";
const _SBT = "SecretBinaryType";
const _SBo = "SortBy";
const _SE = "ScheduleExpression";
const _SI = "SecretId";
const _SIL = "SecretIdList";
const _SL = "SecretList";
const _SLE = "SecretListEntry";
const _SLT = "SecretListType";
const _SM = "StatusMessage";
const _SO = "SortOrder";
const _SRTR = "StopReplicationToReplica";
const _SRTRR = "StopReplicationToReplicaRequest";
const _SRTRRt = "StopReplicationToReplicaResponse";
const _SS = "SecretString";
const _SST = "SecretStringType";
const _SV = "SecretValues";
const _SVE = "SecretValueEntry";
const _SVLE = "SecretVersionsListEntry";
const _SVLT = "SecretVersionsListType";
const _SVT = "SecretValuesType";
const _SVTS = "SecretVersionsToStages";
const _SVTSMT = "SecretVersionsToStagesMapType";
const _T = "Tags";
const _TK = "TagKeys";
const _TLT = "TagListType";
const _TR = "TagResource";
const _TRR = "TagResourceRequest";
const _Ta = "Tag";
const _Ty = "Type";
const _UR = "UntagResource";
const _URR = "UntagResourceRequest";
const _US = "UpdateSecret";
const _USR = "UpdateSecretRequest";
const _USRp = "UpdateSecretResponse";
const _USVS = "UpdateSecretVersionStage";
const _USVSR = "UpdateSecretVersionStageRequest";
const _USVSRp = "UpdateSecretVersionStageResponse";
const _V = "Value";
const _VE = "ValidationErrors";
const _VEE = "ValidationErrorsEntry";
const _VET = "ValidationErrorsType";
const _VI = "VersionId";
const _VITS = "VersionIdsToStages";
const _VRP = "ValidateResourcePolicy";
const _VRPR = "ValidateResourcePolicyRequest";
const _VRPRa = "ValidateResourcePolicyResponse";
const _VS = "VersionStage";
const _VSe = "VersionStages";
const _Va = "Values";
const _Ve = "Versions";
const _c = "client";
const _e = "error";
const _s = "smithy.ts.sdk.synthetic.com.amazonaws.secretsmanager";
const _se = "server";
const n0 = "com.amazonaws.secretsmanager";



const _s_registry = new TypeRegistry/* TypeRegistry */.O(_s);
var SecretsManagerServiceException$ = [-3, _s, "SecretsManagerServiceException", 0, [], []];
_s_registry.registerError(SecretsManagerServiceException$, SecretsManagerServiceException);
const n0_registry = new TypeRegistry/* TypeRegistry */.O(n0);
var DecryptionFailure$ = [-3, n0, _DF,
    { [_e]: _c },
    [_M],
    [0]
];
n0_registry.registerError(DecryptionFailure$, DecryptionFailure);
var EncryptionFailure$ = [-3, n0, _EF,
    { [_e]: _c },
    [_M],
    [0]
];
n0_registry.registerError(EncryptionFailure$, EncryptionFailure);
var InternalServiceError$ = [-3, n0, _ISE,
    { [_e]: _se },
    [_M],
    [0]
];
n0_registry.registerError(InternalServiceError$, InternalServiceError);
var InvalidNextTokenException$ = [-3, n0, _INTE,
    { [_e]: _c },
    [_M],
    [0]
];
n0_registry.registerError(InvalidNextTokenException$, InvalidNextTokenException);
var InvalidParameterException$ = [-3, n0, _IPE,
    { [_e]: _c },
    [_M],
    [0]
];
n0_registry.registerError(InvalidParameterException$, InvalidParameterException);
var InvalidRequestException$ = [-3, n0, _IRE,
    { [_e]: _c },
    [_M],
    [0]
];
n0_registry.registerError(InvalidRequestException$, InvalidRequestException);
var LimitExceededException$ = [-3, n0, _LEE,
    { [_e]: _c },
    [_M],
    [0]
];
n0_registry.registerError(LimitExceededException$, LimitExceededException);
var MalformedPolicyDocumentException$ = [-3, n0, _MPDE,
    { [_e]: _c },
    [_M],
    [0]
];
n0_registry.registerError(MalformedPolicyDocumentException$, MalformedPolicyDocumentException);
var PreconditionNotMetException$ = [-3, n0, _PNME,
    { [_e]: _c },
    [_M],
    [0]
];
n0_registry.registerError(PreconditionNotMetException$, PreconditionNotMetException);
var PublicPolicyException$ = [-3, n0, _PPE,
    { [_e]: _c },
    [_M],
    [0]
];
n0_registry.registerError(PublicPolicyException$, PublicPolicyException);
var ResourceExistsException$ = [-3, n0, _REE,
    { [_e]: _c },
    [_M],
    [0]
];
n0_registry.registerError(ResourceExistsException$, ResourceExistsException);
var ResourceNotFoundException$ = [-3, n0, _RNFE,
    { [_e]: _c },
    [_M],
    [0]
];
n0_registry.registerError(ResourceNotFoundException$, ResourceNotFoundException);
const errorTypeRegistries = [
    _s_registry,
    n0_registry,
];
var RandomPasswordType = [0, n0, _RPT, 8, 0];
var RotationTokenType = [0, n0, _RTT, 8, 0];
var SecretBinaryType = [0, n0, _SBT, 8, 21];
var SecretStringType = [0, n0, _SST, 8, 0];
var APIErrorType$ = [3, n0, _APIET,
    0,
    [_SI, _EC, _M],
    [0, 0, 0]
];
var BatchGetSecretValueRequest$ = [3, n0, _BGSVR,
    0,
    [_SIL, _F, _MR, _NT],
    [64 | 0, () => FiltersListType, 1, 0]
];
var BatchGetSecretValueResponse$ = [3, n0, _BGSVRa,
    0,
    [_SV, _NT, _E],
    [[() => SecretValuesType, 0], 0, () => APIErrorListType]
];
var CancelRotateSecretRequest$ = [3, n0, _CRSR,
    0,
    [_SI],
    [0], 1
];
var CancelRotateSecretResponse$ = [3, n0, _CRSRa,
    0,
    [_ARN, _N, _VI],
    [0, 0, 0]
];
var CreateSecretRequest$ = [3, n0, _CSR,
    0,
    [_N, _CRT, _D, _KKI, _SB, _SS, _T, _ARR, _FORS, _Ty],
    [0, [0, 4], 0, 0, [() => SecretBinaryType, 0], [() => SecretStringType, 0], () => TagListType, () => AddReplicaRegionListType, 2, 0], 1
];
var CreateSecretResponse$ = [3, n0, _CSRr,
    0,
    [_ARN, _N, _VI, _RS],
    [0, 0, 0, () => ReplicationStatusListType]
];
var DeleteResourcePolicyRequest$ = [3, n0, _DRPR,
    0,
    [_SI],
    [0], 1
];
var DeleteResourcePolicyResponse$ = [3, n0, _DRPRe,
    0,
    [_ARN, _N],
    [0, 0]
];
var DeleteSecretRequest$ = [3, n0, _DSR,
    0,
    [_SI, _RWID, _FDWR],
    [0, 1, 2], 1
];
var DeleteSecretResponse$ = [3, n0, _DSRe,
    0,
    [_ARN, _N, _DD],
    [0, 0, 4]
];
var DescribeSecretRequest$ = [3, n0, _DSRes,
    0,
    [_SI],
    [0], 1
];
var DescribeSecretResponse$ = [3, n0, _DSResc,
    0,
    [_ARN, _N, _Ty, _D, _KKI, _RE, _RLARN, _RR, _ESRM, _ESRRA, _LRD, _LCD, _LAD, _DDe, _NRD, _T, _VITS, _OS, _CD, _PR, _RS],
    [0, 0, 0, 0, 0, 2, 0, () => RotationRulesType$, () => ExternalSecretRotationMetadataType, 0, 4, 4, 4, 4, 4, () => TagListType, [2, n0, _SVTSMT, 0, 0, 64 | 0], 0, 4, 0, () => ReplicationStatusListType]
];
var ExternalSecretRotationMetadataItem$ = [3, n0, _ESRMI,
    0,
    [_K, _V],
    [0, 0]
];
var Filter$ = [3, n0, _Fi,
    0,
    [_K, _Va],
    [0, 64 | 0]
];
var GetRandomPasswordRequest$ = [3, n0, _GRPR,
    0,
    [_PL, _ECx, _EN, _EP, _EU, _EL, _IS, _REIT],
    [1, 0, 2, 2, 2, 2, 2, 2]
];
var GetRandomPasswordResponse$ = [3, n0, _GRPRe,
    0,
    [_RP],
    [[() => RandomPasswordType, 0]]
];
var GetResourcePolicyRequest$ = [3, n0, _GRPRet,
    0,
    [_SI],
    [0], 1
];
var GetResourcePolicyResponse$ = [3, n0, _GRPRete,
    0,
    [_ARN, _N, _RPe],
    [0, 0, 0]
];
var GetSecretValueRequest$ = [3, n0, _GSVR,
    0,
    [_SI, _VI, _VS],
    [0, 0, 0], 1
];
var GetSecretValueResponse$ = [3, n0, _GSVRe,
    0,
    [_ARN, _N, _VI, _SB, _SS, _VSe, _CD],
    [0, 0, 0, [() => SecretBinaryType, 0], [() => SecretStringType, 0], 64 | 0, 4]
];
var ListSecretsRequest$ = [3, n0, _LSR,
    0,
    [_IPD, _MR, _NT, _F, _SO, _SBo],
    [2, 1, 0, () => FiltersListType, 0, 0]
];
var ListSecretsResponse$ = [3, n0, _LSRi,
    0,
    [_SL, _NT],
    [() => SecretListType, 0]
];
var ListSecretVersionIdsRequest$ = [3, n0, _LSVIR,
    0,
    [_SI, _MR, _NT, _ID],
    [0, 1, 0, 2], 1
];
var ListSecretVersionIdsResponse$ = [3, n0, _LSVIRi,
    0,
    [_Ve, _NT, _ARN, _N],
    [() => SecretVersionsListType, 0, 0, 0]
];
var PutResourcePolicyRequest$ = [3, n0, _PRPR,
    0,
    [_SI, _RPe, _BPP],
    [0, 0, 2], 2
];
var PutResourcePolicyResponse$ = [3, n0, _PRPRu,
    0,
    [_ARN, _N],
    [0, 0]
];
var PutSecretValueRequest$ = [3, n0, _PSVR,
    0,
    [_SI, _CRT, _SB, _SS, _VSe, _RT],
    [0, [0, 4], [() => SecretBinaryType, 0], [() => SecretStringType, 0], 64 | 0, [() => RotationTokenType, 0]], 1
];
var PutSecretValueResponse$ = [3, n0, _PSVRu,
    0,
    [_ARN, _N, _VI, _VSe],
    [0, 0, 0, 64 | 0]
];
var RemoveRegionsFromReplicationRequest$ = [3, n0, _RRFRR,
    0,
    [_SI, _RRR],
    [0, 64 | 0], 2
];
var RemoveRegionsFromReplicationResponse$ = [3, n0, _RRFRRe,
    0,
    [_ARN, _RS],
    [0, () => ReplicationStatusListType]
];
var ReplicaRegionType$ = [3, n0, _RRT,
    0,
    [_R, _KKI],
    [0, 0]
];
var ReplicateSecretToRegionsRequest$ = [3, n0, _RSTRR,
    0,
    [_SI, _ARR, _FORS],
    [0, () => AddReplicaRegionListType, 2], 2
];
var ReplicateSecretToRegionsResponse$ = [3, n0, _RSTRRe,
    0,
    [_ARN, _RS],
    [0, () => ReplicationStatusListType]
];
var ReplicationStatusType$ = [3, n0, _RST,
    0,
    [_R, _KKI, _S, _SM, _LAD],
    [0, 0, 0, 0, 4]
];
var RestoreSecretRequest$ = [3, n0, _RSR,
    0,
    [_SI],
    [0], 1
];
var RestoreSecretResponse$ = [3, n0, _RSRe,
    0,
    [_ARN, _N],
    [0, 0]
];
var RotateSecretRequest$ = [3, n0, _RSRo,
    0,
    [_SI, _CRT, _RLARN, _RR, _ESRM, _ESRRA, _RI],
    [0, [0, 4], 0, () => RotationRulesType$, () => ExternalSecretRotationMetadataType, 0, 2], 1
];
var RotateSecretResponse$ = [3, n0, _RSRot,
    0,
    [_ARN, _N, _VI],
    [0, 0, 0]
];
var RotationRulesType$ = [3, n0, _RRTo,
    0,
    [_AAD, _Du, _SE],
    [1, 0, 0]
];
var SecretListEntry$ = [3, n0, _SLE,
    0,
    [_ARN, _N, _Ty, _D, _KKI, _RE, _RLARN, _RR, _ESRM, _ESRRA, _LRD, _LCD, _LAD, _DDe, _NRD, _T, _SVTS, _OS, _CD, _PR],
    [0, 0, 0, 0, 0, 2, 0, () => RotationRulesType$, () => ExternalSecretRotationMetadataType, 0, 4, 4, 4, 4, 4, () => TagListType, [2, n0, _SVTSMT, 0, 0, 64 | 0], 0, 4, 0]
];
var SecretValueEntry$ = [3, n0, _SVE,
    0,
    [_ARN, _N, _VI, _SB, _SS, _VSe, _CD],
    [0, 0, 0, [() => SecretBinaryType, 0], [() => SecretStringType, 0], 64 | 0, 4]
];
var SecretVersionsListEntry$ = [3, n0, _SVLE,
    0,
    [_VI, _VSe, _LAD, _CD, _KKIm],
    [0, 64 | 0, 4, 4, 64 | 0]
];
var StopReplicationToReplicaRequest$ = [3, n0, _SRTRR,
    0,
    [_SI],
    [0], 1
];
var StopReplicationToReplicaResponse$ = [3, n0, _SRTRRt,
    0,
    [_ARN],
    [0]
];
var Tag$ = [3, n0, _Ta,
    0,
    [_K, _V],
    [0, 0]
];
var TagResourceRequest$ = [3, n0, _TRR,
    0,
    [_SI, _T],
    [0, () => TagListType], 2
];
var UntagResourceRequest$ = [3, n0, _URR,
    0,
    [_SI, _TK],
    [0, 64 | 0], 2
];
var UpdateSecretRequest$ = [3, n0, _USR,
    0,
    [_SI, _CRT, _D, _KKI, _SB, _SS, _Ty],
    [0, [0, 4], 0, 0, [() => SecretBinaryType, 0], [() => SecretStringType, 0], 0], 1
];
var UpdateSecretResponse$ = [3, n0, _USRp,
    0,
    [_ARN, _N, _VI],
    [0, 0, 0]
];
var UpdateSecretVersionStageRequest$ = [3, n0, _USVSR,
    0,
    [_SI, _VS, _RFVI, _MTVI],
    [0, 0, 0, 0], 2
];
var UpdateSecretVersionStageResponse$ = [3, n0, _USVSRp,
    0,
    [_ARN, _N],
    [0, 0]
];
var ValidateResourcePolicyRequest$ = [3, n0, _VRPR,
    0,
    [_RPe, _SI],
    [0, 0], 1
];
var ValidateResourcePolicyResponse$ = [3, n0, _VRPRa,
    0,
    [_PVP, _VE],
    [2, () => ValidationErrorsType]
];
var ValidationErrorsEntry$ = [3, n0, _VEE,
    0,
    [_CN, _EM],
    [0, 0]
];
var __Unit = "unit";
var AddReplicaRegionListType = [1, n0, _ARRLT,
    0, () => ReplicaRegionType$
];
var APIErrorListType = [1, n0, _APIELT,
    0, () => APIErrorType$
];
var ExternalSecretRotationMetadataType = [1, n0, _ESRMT,
    0, () => ExternalSecretRotationMetadataItem$
];
var FiltersListType = [1, n0, _FLT,
    0, () => Filter$
];
var FilterValuesStringList = (/* unused pure expression or super */ null && (64 | 0));
var KmsKeyIdListType = (/* unused pure expression or super */ null && (64 | 0));
var RemoveReplicaRegionListType = (/* unused pure expression or super */ null && (64 | 0));
var ReplicationStatusListType = [1, n0, _RSLT,
    0, () => ReplicationStatusType$
];
var SecretIdListType = (/* unused pure expression or super */ null && (64 | 0));
var SecretListType = [1, n0, _SLT,
    0, () => SecretListEntry$
];
var SecretValuesType = [1, n0, _SVT,
    0, [() => SecretValueEntry$,
        0]
];
var SecretVersionsListType = [1, n0, _SVLT,
    0, () => SecretVersionsListEntry$
];
var SecretVersionStagesType = (/* unused pure expression or super */ null && (64 | 0));
var TagKeyListType = (/* unused pure expression or super */ null && (64 | 0));
var TagListType = [1, n0, _TLT,
    0, () => Tag$
];
var ValidationErrorsType = [1, n0, _VET,
    0, () => ValidationErrorsEntry$
];
var SecretVersionsToStagesMapType = [2, n0, _SVTSMT,
    0, 0, 64 | 0
];
var BatchGetSecretValue$ = [9, n0, _BGSV,
    0, () => BatchGetSecretValueRequest$, () => BatchGetSecretValueResponse$
];
var CancelRotateSecret$ = [9, n0, _CRS,
    0, () => CancelRotateSecretRequest$, () => CancelRotateSecretResponse$
];
var CreateSecret$ = [9, n0, _CS,
    0, () => CreateSecretRequest$, () => CreateSecretResponse$
];
var DeleteResourcePolicy$ = [9, n0, _DRP,
    0, () => DeleteResourcePolicyRequest$, () => DeleteResourcePolicyResponse$
];
var DeleteSecret$ = [9, n0, _DS,
    0, () => DeleteSecretRequest$, () => DeleteSecretResponse$
];
var DescribeSecret$ = [9, n0, _DSe,
    0, () => DescribeSecretRequest$, () => DescribeSecretResponse$
];
var GetRandomPassword$ = [9, n0, _GRP,
    0, () => GetRandomPasswordRequest$, () => GetRandomPasswordResponse$
];
var GetResourcePolicy$ = [9, n0, _GRPe,
    0, () => GetResourcePolicyRequest$, () => GetResourcePolicyResponse$
];
var GetSecretValue$ = [9, n0, _GSV,
    0, () => GetSecretValueRequest$, () => GetSecretValueResponse$
];
var ListSecrets$ = [9, n0, _LS,
    0, () => ListSecretsRequest$, () => ListSecretsResponse$
];
var ListSecretVersionIds$ = [9, n0, _LSVI,
    0, () => ListSecretVersionIdsRequest$, () => ListSecretVersionIdsResponse$
];
var PutResourcePolicy$ = [9, n0, _PRP,
    0, () => PutResourcePolicyRequest$, () => PutResourcePolicyResponse$
];
var PutSecretValue$ = [9, n0, _PSV,
    0, () => PutSecretValueRequest$, () => PutSecretValueResponse$
];
var RemoveRegionsFromReplication$ = [9, n0, _RRFR,
    0, () => RemoveRegionsFromReplicationRequest$, () => RemoveRegionsFromReplicationResponse$
];
var ReplicateSecretToRegions$ = [9, n0, _RSTR,
    0, () => ReplicateSecretToRegionsRequest$, () => ReplicateSecretToRegionsResponse$
];
var RestoreSecret$ = [9, n0, _RSe,
    0, () => RestoreSecretRequest$, () => RestoreSecretResponse$
];
var RotateSecret$ = [9, n0, _RSo,
    0, () => RotateSecretRequest$, () => RotateSecretResponse$
];
var StopReplicationToReplica$ = [9, n0, _SRTR,
    0, () => StopReplicationToReplicaRequest$, () => StopReplicationToReplicaResponse$
];
var TagResource$ = [9, n0, _TR,
    0, () => TagResourceRequest$, () => __Unit
];
var UntagResource$ = [9, n0, _UR,
    0, () => UntagResourceRequest$, () => __Unit
];
var UpdateSecret$ = [9, n0, _US,
    0, () => UpdateSecretRequest$, () => UpdateSecretResponse$
];
var UpdateSecretVersionStage$ = [9, n0, _USVS,
    0, () => UpdateSecretVersionStageRequest$, () => UpdateSecretVersionStageResponse$
];
var ValidateResourcePolicy$ = [9, n0, _VRP,
    0, () => ValidateResourcePolicyRequest$, () => ValidateResourcePolicyResponse$
];

;// CONCATENATED MODULE: ../node_modules/@aws-sdk/client-secrets-manager/dist-es/commands/UpdateSecretCommand.js


class UpdateSecretCommand extends command(_ep0, _mw0, "UpdateSecret", UpdateSecret$) {
}

;// CONCATENATED MODULE: ../node_modules/@aws-sdk/client-secrets-manager/dist-es/commands/CreateSecretCommand.js


class CreateSecretCommand extends command(_ep0, _mw0, "CreateSecret", CreateSecret$) {
}

;// CONCATENATED MODULE: ../node_modules/@aws-sdk/client-secrets-manager/dist-es/commands/TagResourceCommand.js


class TagResourceCommand extends command(_ep0, _mw0, "TagResource", TagResource$) {
}

;// CONCATENATED MODULE: ../node_modules/@aws-sdk/client-secrets-manager/dist-es/commands/PutSecretValueCommand.js


class PutSecretValueCommand extends command(_ep0, _mw0, "PutSecretValue", PutSecretValue$) {
}

;// CONCATENATED MODULE: ../node_modules/@aws-sdk/client-secrets-manager/dist-es/commands/UpdateSecretVersionStageCommand.js


class UpdateSecretVersionStageCommand extends command(_ep0, _mw0, "UpdateSecretVersionStage", UpdateSecretVersionStage$) {
}

;// CONCATENATED MODULE: ../src/errors.ts
/**
 * Every failure of the action becomes one message that says what went wrong and what to do.
 * Messages are built from error names, codes and our own words: never from a secret value.
 */
/** A bad input: raised by settings and value loading, before any AWS call. */
class InputError extends Error {
    input;
    detail;
    name = 'InputError';
    constructor(
    /** The action.yml name of the input at fault. */
    input, 
    /** What is wrong, without the input's name. */
    detail) {
        super(`Input \`${input}\`: ${detail}`);
        this.input = input;
        this.detail = detail;
    }
}
/** A failure the action detects itself while talking to Secrets Manager. */
class ActionError extends Error {
    name = 'ActionError';
}
/** A failure after something was written: the message says exactly what. */
class PartialWriteError extends Error {
    written;
    cause;
    name = 'PartialWriteError';
    constructor(
    /** What was written before the failure, in words (ids and labels only). */
    written, cause) {
        super(`Failed after writing: ${written.join('; ')}`);
        this.written = written;
        this.cause = cause;
    }
}
/** A cancelled run: what its writes had done when the signal came. */
class CancelledError extends Error {
    written;
    uncertain;
    leftover;
    name = 'CancelledError';
    constructor(
    /** Written before the stop, in words (ids and labels only). */
    written, 
    /** A call still unanswered, or failed without an answer that says whether it took effect. */
    uncertain, 
    /** Cleanup that could not be sent: what is left for the user to do. */
    leftover) {
        super('The step was cancelled.');
        this.written = written;
        this.uncertain = uncertain;
        this.leftover = leftover;
    }
}
/** Hints for the Secrets Manager exceptions users meet most, keyed by exception name. */
const HINTS = {
    ResourceNotFoundException: 'Check `secret-id` (name or full ARN) and `region`, or set `create-if-missing: true` to create the secret.',
    AccessDeniedException: 'The role needs secretsmanager:UpdateSecret on the secret (plus the actions of the options in use: see README), ' +
        'and, for a customer managed KMS key, kms:GenerateDataKey and kms:Decrypt on that key.',
    InvalidRequestException: 'If the secret is scheduled for deletion, restore it first (`aws secretsmanager restore-secret`); ' +
        'a KMS key that is disabled or pending deletion causes this too.',
    'CreateSecret:ResourceExistsException': 'A secret with this name already exists (or is scheduled for deletion): restore it, or use another name.',
    ResourceExistsException: '`client-request-token` was already used for a version with a different value: use a new token, or leave it empty to generate one.',
    LimitExceededException: 'The secret has too many versions: AWS advises at most one value update every 10 minutes. ' +
        'Consider `skip-unchanged: true` so that unchanged values create no version.',
    InvalidParameterException: 'Check the inputs against the Secrets Manager limits (value size, token length, key id).',
    EncryptionFailure: 'The KMS key could not be used: check that it is enabled and that the role may use it.',
    DecryptionFailure: 'The KMS key could not be used: check that it is enabled and that the role may use it.',
    CredentialsProviderError: 'No AWS credentials were found. Add aws-actions/configure-aws-credentials before this step (OIDC role recommended).',
    ExpiredTokenException: 'The AWS credentials have expired: refresh them with aws-actions/configure-aws-credentials.',
    UnrecognizedClientException: 'The AWS credentials are not valid for this endpoint or region.',
    ThrottlingException: 'Requests were throttled on every attempt: raise `max-attempts` or retry later.'
};
/** Network error codes that mean the endpoint could not be reached at all. */
const CONNECT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);
/** TLS error codes that mean the endpoint's certificate is not trusted. */
const TLS_CODES = new Set([
    'SELF_SIGNED_CERT_IN_CHAIN',
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'UNABLE_TO_GET_ISSUER_CERT',
    'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    'CERT_UNTRUSTED',
    'ERR_TLS_CERT_ALTNAME_INVALID',
    'CERT_HAS_EXPIRED'
]);
/** The message of anything thrown, including non-Error throws. */
function errorMessage(error) {
    if (error instanceof Error)
        return error.message;
    if (typeof error === 'string')
        return error;
    return String(error);
}
function field(error, key) {
    if (typeof error !== 'object' || error === null)
        return undefined;
    const value = error[key];
    return typeof value === 'string' ? value : undefined;
}
/** The deepest `cause` chain code, as Node puts network codes on nested errors. */
function errorCode(error) {
    let current = error;
    for (let depth = 0; depth < 5 && current; depth++) {
        const code = field(current, 'code');
        if (code)
            return code;
        current = current.cause;
    }
    return undefined;
}
/**
 * One line for `core.setFailed`: what failed, the exception's name, and a hint.
 * `operation` is the Secrets Manager call that failed (client.ts tags errors with it).
 */
function failureMessage(error, operation = field(error, 'operation')) {
    if (error instanceof InputError || error instanceof ActionError)
        return error.message;
    if (error instanceof PartialWriteError) {
        return `${failureMessage(error.cause)} Already written before this failure: ${error.written.join('; ')}.`;
    }
    const name = field(error, 'name') ?? 'Error';
    const code = errorCode(error);
    const where = operation ? `${operation} failed` : 'Failed';
    const message = errorMessage(error);
    if (code && TLS_CODES.has(code)) {
        return (`${where}: the endpoint's TLS certificate is not trusted (${code}). ` +
            'Give the PEM file of its CA as `ca-bundle` (or AWS_CA_BUNDLE).');
    }
    if (code && CONNECT_CODES.has(code)) {
        return `${where}: could not connect to the Secrets Manager endpoint (${code}). Check \`endpoint-url\`, \`region\` and the proxy settings.`;
    }
    // The SDK names resets "TimeoutError" too (so that they are retried): the code tells them apart.
    if (code === 'ECONNRESET' || code === 'EPIPE') {
        return `${where}: the connection was reset or closed before an answer on every attempt (${code}). Check the network and any proxy, or raise \`max-attempts\`.`;
    }
    if (/did not establish a connection/.test(message)) {
        return `${where}: could not connect to the Secrets Manager endpoint within \`connect-timeout\` on any attempt. Check \`endpoint-url\`, \`region\` and the proxy settings.`;
    }
    // The SDK's JSON parser failed on the body: something between us and Secrets Manager answered.
    // Its message quotes the body, which is neither ours nor AWS's: it is not repeated.
    const status = httpStatus(error);
    // answer-size.ts abandoned the body at its bound; the SDK appended a hint about $response to the message.
    if (name === 'AnswerTooLargeError') {
        const limit = error.limit;
        const applied = operation && WRITES.has(operation)
            ? ` The ${operation} request may have been applied: check the secret before running again.`
            : '';
        return (`${where}: the endpoint's answer was larger than ${String(limit)} bytes, far more than any Secrets Manager answer, ` +
            'and was abandoned: it did not come from Secrets Manager (a proxy or gateway in the path?). ' +
            `Check \`endpoint-url\`, \`region\` and the proxy settings.${applied}`);
    }
    // An http endpoint goes through the proxy as a plain request: the proxy's refusal is its answer.
    if (status === 407)
        return `${where}: the proxy refused the request (HTTP 407): check the credentials in \`http-proxy\` or HTTPS_PROXY/HTTP_PROXY.`;
    if (name === 'SyntaxError' && status !== undefined) {
        return (`${where}: the endpoint answered HTTP ${status} with a body that is not JSON: the answer did not come from Secrets Manager ` +
            '(a proxy, gateway or captive portal in the path?). Check `endpoint-url`, `region` and the proxy settings.');
    }
    const proxyStatus = /^Bad response: (\d+)$/.exec(message);
    if (proxyStatus) {
        // 407 is the standard refusal of proxy credentials; tinyproxy answers a CONNECT with 401.
        const auth = proxyStatus[1] === '407' || proxyStatus[1] === '401'
            ? ': check the credentials in `http-proxy` or HTTPS_PROXY/HTTP_PROXY'
            : '';
        return `${where}: the proxy refused the connection (HTTP ${proxyStatus[1]})${auth}.`;
    }
    if (name === 'TimeoutError' || code === 'ETIMEDOUT') {
        return `${where}: the endpoint did not answer within \`read-timeout\` on any attempt (${name}). Check the network, or raise \`read-timeout\` and \`max-attempts\`.`;
    }
    const hint = (operation && HINTS[`${operation}:${name}`]) ?? HINTS[name];
    if (!hint)
        return `${where}: ${name}: ${message}`;
    return `${where}: ${name}: ${/[.!?]$/.test(message) ? message : `${message}.`} ${hint}`;
}
/** The calls that write: an answer lost after one of them leaves the write unknown. */
const WRITES = new Set(['UpdateSecret', 'PutSecretValue', 'CreateSecret', 'UpdateSecretVersionStage', 'TagResource']);
/** The HTTP status of the answer an SDK error came from, if there was one. */
function httpStatus(error) {
    const metadata = typeof error === 'object' && error !== null
        ? error.$metadata
        : undefined;
    return typeof metadata?.httpStatusCode === 'number' ? metadata.httpStatusCode : undefined;
}
/** The Secrets Manager exception name of an error, if it has one. */
function exceptionName(error) {
    return field(error, 'name');
}

;// CONCATENATED MODULE: ../node_modules/@aws-sdk/client-secrets-manager/dist-es/commands/DescribeSecretCommand.js


class DescribeSecretCommand extends command(_ep0, _mw0, "DescribeSecret", DescribeSecret$) {
}

;// CONCATENATED MODULE: ../node_modules/@aws-sdk/client-secrets-manager/dist-es/commands/GetSecretValueCommand.js


class GetSecretValueCommand extends command(_ep0, _mw0, "GetSecretValue", GetSecretValue$) {
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
    const needed = value || report || request.skipUnchanged || write.kind === 'promote';
    return { describe: needed || staged, describeOptional: !needed, value };
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
    let meta;
    try {
        meta = await describeSecret(client, id, request.createIfMissing, options.signal);
    }
    catch (error) {
        await value;
        if (needs.describeOptional && exceptionName(error) === 'AccessDeniedException') {
            return { kind: 'unread', describeDenied: true };
        }
        throw error;
    }
    const current = await value;
    if (!meta)
        return { kind: 'missing' };
    // The plan refuses a secret scheduled for deletion whatever its value read said.
    if (meta.deletedDate || !current)
        return { kind: 'found', meta, current: undefined };
    if ('error' in current)
        throw current.error;
    return { kind: 'found', meta, current: current.version };
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
        if (missingIsFine && exceptionName(error) === 'ResourceNotFoundException')
            return undefined;
        throw error;
    }
    const versionStages = {};
    for (const [id, stages] of Object.entries(out.VersionIdsToStages ?? {}))
        versionStages[id] = [...stages];
    return {
        arn: out.ARN ?? secretId,
        name: out.Name ?? secretId,
        description: out.Description,
        kmsKeyId: out.KmsKeyId,
        rotationEnabled: out.RotationEnabled === true,
        deletedDate: out.DeletedDate,
        versionStages,
        tags: (out.Tags ?? []).map((t) => ({ key: t.Key ?? '', value: t.Value ?? '' }))
    };
}
/**
 * The AWSCURRENT version, always asked for by label: a GetSecretValue without VersionStage is not
 * guaranteed to follow it. Undefined when the secret has no current version yet.
 */
async function readCurrent(client, secretId, abortSignal) {
    try {
        const out = await client.send(new GetSecretValueCommand({ SecretId: secretId, VersionStage: 'AWSCURRENT' }), withSignal(abortSignal));
        const value = out.SecretString !== undefined
            ? { kind: 'text', text: out.SecretString }
            : out.SecretBinary !== undefined
                ? { kind: 'binary', bytes: out.SecretBinary }
                : undefined;
        return { versionId: out.VersionId ?? '', value };
    }
    catch (error) {
        // Asked of a secret that exists: not found here means no AWSCURRENT version. (Where the secret
        // itself is missing, DescribeSecret's answer, read with this one, says so.)
        if (exceptionName(error) === 'ResourceNotFoundException')
            return undefined;
        throw error;
    }
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
        }
    }
    catch (error) {
        if (options.signal?.aborted) {
            const leftover = await run.cleanup(run.stopWaitMs);
            throw new CancelledError(progress.written, progress.open ? describeCall(progress.open) : undefined, leftover);
        }
        await run.cleanup().catch(() => undefined); // the step's error is the one to report
        throw progress.written.length > 0 && !(error instanceof PartialWriteError)
            ? new PartialWriteError(progress.written, error)
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
        try {
            const answer = await this.send(call);
            noteAnswer(call, answer, applied, this.progress);
            // A secret's first version: PutSecretValue made it AWSCURRENT, unless another first version won.
            if (step.swapTo && call.op === 'put-version')
                return await this.settleSwap(call.secretId, step, undefined);
            return undefined;
        }
        catch (error) {
            if (this.signal?.aborted)
                throw error;
            const name = exceptionName(error);
            if (step.fallback && name === step.fallback.exception) {
                const instead = step.fallback.instead;
                if ('fail' in instead)
                    throw new ActionError(instead.fail);
                if (step.fallback.note)
                    reporter.info(step.fallback.note);
                for (const next of instead) {
                    const replan = await this.step(next, applied, reporter);
                    if (replan)
                        return replan;
                }
                return undefined;
            }
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
                return settled;
            }
            throw error;
        }
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
        throw new ActionError(byLabels
            ? `AWSCURRENT could not be moved to version ${to ?? ''}.`
            : `json-merge wrote version ${to ?? ''}, but AWSCURRENT could not be moved to it.`);
    }
    /**
     * Sends a call, unless the run was cancelled. A cancellation while it is on the wire leaves it
     * `stopWaitMs` to answer: a call still unanswered then may have been applied (`progress.open`).
     */
    async send(call) {
        const signal = this.signal;
        if (signal?.aborted)
            throw new ActionError('Stopped before the next call: the step was cancelled.');
        const answer = sendNow(this.client, call);
        this.progress.open = call;
        let result;
        try {
            result = await (signal ? answerOrStop(answer, signal, this.stopWaitMs) : answer);
        }
        catch (error) {
            // A call that failed with an answer did not take effect; one abandoned unanswered may have.
            if (!(error instanceof Abandoned))
                this.progress.open = undefined;
            throw error;
        }
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
                await sendNow(this.client, call, timeoutMs === undefined ? undefined : AbortSignal.timeout(timeoutMs));
                this.progress.written.push(describeCall(call));
            }
            catch (error) {
                const name = exceptionName(error);
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
                ...(call.tags.length > 0 ? { Tags: awsTags(call.tags) } : {})
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
    if ((call.op === 'update' || call.op === 'create' || call.op === 'put-version') && call.value) {
        applied.versionId = answer.VersionId ?? call.token;
    }
    progress.written.push(describeCall(call, answer.VersionId));
}
function awsTags(tags) {
    return tags.map(({ key, value }) => ({ Key: key, Value: value }));
}
/** A call in words, with ids, labels and tag keys only. */
function describeCall(call, versionId) {
    const version = versionId ?? (call.op === 'move-label' || call.op === 'tag' ? undefined : call.token);
    switch (call.op) {
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
    // AWS's answer is the version id of record; the plan's token is what it asked for.
    const versionId = planned.value === 'new-version' ? (applied.versionId ?? planned.versionId) : planned.versionId;
    const created = planned.created || applied.created;
    // A staged first version of a secret created by a fallback: AWS made it AWSCURRENT too.
    const firstCurrent = created && planned.stages && !planned.labels.some((move) => move.label === AWSCURRENT)
        ? [{ label: AWSCURRENT, from: undefined, to: versionId, known: true }]
        : [];
    return {
        ...planned,
        arn: applied.arn ?? planned.arn,
        name: applied.name ?? planned.name,
        versionId,
        created,
        labels: [...planned.labels.map((move) => (created ? { ...move, known: true } : move)), ...firstCurrent]
    };
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
        previousVersionId: ''
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
        changed: String(changed)
    };
    if (report === 'single')
        return outputs;
    const entries = {};
    for (const { secretId, outcome: o } of done) {
        entries[secretId] = { arn: o.arn, name: o.name, 'version-id': o.versionId, changed: o.changed };
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
            throw new InputError('tags', `line ${line} is not Key=Value.`);
        const key = content.slice(0, eq).trim();
        const value = content.slice(eq + 1).trim();
        // Characters as AWS counts them: code points, not UTF-16 units.
        const keyLength = [...key].length;
        if (keyLength < 1 || keyLength > MAX_TAG_KEY) {
            throw new InputError('tags', `line ${line}: a key has 1 to ${MAX_TAG_KEY} characters (got ${keyLength}).`);
        }
        if ([...value].length > MAX_TAG_VALUE) {
            throw new InputError('tags', `line ${line}: a value has at most ${MAX_TAG_VALUE} characters (got ${[...value].length}).`);
        }
        if (!TAG_TEXT.test(key) || !TAG_TEXT.test(value)) {
            throw new InputError('tags', `line ${line}: keys and values may hold only letters, digits, spaces and _ . : / = + - @.`);
        }
        if (key.toLowerCase().startsWith('aws:')) {
            throw new InputError('tags', `line ${line}: keys starting with aws: are reserved for AWS.`);
        }
        const first = seen.get(key);
        if (first !== undefined)
            throw new InputError('tags', `line ${line} repeats the key of line ${first}.`);
        seen.set(key, line);
        tags.push({ key, value });
    }
    if (tags.length > MAX_TAGS)
        throw new InputError('tags', `has ${tags.length} tags; a secret takes at most ${MAX_TAGS}.`);
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
function planWrite(request, state, context) {
    const meta = state.kind === 'found' ? state.meta : undefined;
    if (meta)
        guardDeletion(meta);
    if (request.write.kind === 'promote')
        return planPromotion(request, request.write.promotion, state, context);
    if (state.kind === 'missing' && request.arn)
        throw new ActionError(cannotCreateArn(request.secretId));
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
    if (write.kind === 'stage')
        known.notes.push(...stagingNotes(known, write.stages));
    return {
        kind: write.kind,
        steps: stepsOf(known, write),
        cleanup: write.kind === 'swap' ? [moveLabel(known.id, mergeLabel(context.token), undefined, context.token)] : [],
        notes: known.notes,
        outcome: plan_outcomeOf(known, write)
    };
}
/** The value to write, and how: decided once from the request and what was read. */
function chooseWrite(known) {
    const { request, state, current } = known;
    const write = request.write;
    if (write.kind === 'none' || write.kind === 'promote')
        return state.kind === 'missing' ? createWith(undefined) : none;
    const stages = write.stages;
    if (write.kind === 'merge' && state.kind === 'unread')
        throw new ActionError('A merge needs the secret read first.');
    // A merge onto a missing secret is the patch onto {}; onto a found one, onto AWSCURRENT.
    // Numbers are raw JSON (see json.ts): they are written back exactly as they were read.
    const stored = write.kind === 'merge' ? currentObject(current, known.context.attempt) : undefined;
    const merged = write.kind === 'merge' ? mergePatch(stored ?? {}, write.patch) : undefined;
    const value = write.kind === 'merge' ? mergedValue(merged ?? {}) : write.value;
    if (state.kind === 'missing')
        return stages ? { kind: 'stage', value, stages } : createWith(value);
    const equal = current !== undefined && (merged ? jsonEqual(merged, stored ?? {}) : sameValueAs(value, current));
    if (equal && request.skipUnchanged) {
        known.notes.push({
            level: 'info',
            text: stages
                ? 'The value equals the current one (AWSCURRENT): no version is staged.'
                : `The ${merged ? 'merged value' : 'value'} equals the current one (AWSCURRENT): no new version is written.`
        });
        return none;
    }
    if (stages)
        return { kind: 'stage', value, stages };
    if (merged)
        return { kind: 'swap', value, from: current?.versionId };
    return { kind: 'update', value };
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
                    text: `${FIRST_VERSION_NOTE}: the new version will carry AWSCURRENT as well as ${stages.join(', ')}.`
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
            if (state.kind !== 'unread' || !request.createIfMissing)
                return [...(update ? [{ call: update }] : []), ...tags];
            const first = update ?? tags[0]?.call;
            if (!first)
                return [];
            return [withCreateFallback(known, first, value), ...(update ? tags.map(unlessCreated) : [])];
        }
        case 'create': {
            // Another writer may create it between the read and the create: then read again, and update.
            return [
                {
                    call: createCall(request, write.value, write.value ? context.token : undefined),
                    replanOn: 'ResourceExistsException'
                }
            ];
        }
        case 'stage': {
            const put = { call: putVersion(id, write.value, context.token, write.stages) };
            if (state.kind === 'missing') {
                // CreateSecret would make its value AWSCURRENT only: the secret is created empty, then the
                // version is put with the labels (and gets AWSCURRENT as well, as any first version does).
                return [{ call: createCall(request, undefined, undefined), replanOn: 'ResourceExistsException' }, put];
            }
            const metadataSteps = metadata ? [{ call: metadata }] : [];
            if (state.kind === 'unread') {
                const staged = request.createIfMissing ? stageOrCreate(known, put) : put;
                return [staged, ...metadataSteps, ...(request.createIfMissing ? tags.map(unlessCreated) : tags)];
            }
            return [...staleLabelSteps(known), put, ...metadataSteps, ...tags];
        }
        case 'swap': {
            // A secret's first version gets AWSCURRENT from PutSecretValue itself: that is then the swap.
            const token = context.token;
            const put = putVersion(id, write.value, token, [mergeLabel(token)]);
            return [
                ...staleLabelSteps(known),
                write.from ? { call: put } : { call: put, swapTo: token },
                ...(write.from ? [{ call: moveLabel(id, AWSCURRENT, token, write.from), swapTo: token }] : []),
                ...(metadata ? [{ call: metadata }] : []),
                ...tags
            ];
        }
    }
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
/** A blind staging write with `create-if-missing`: "not found" becomes a create without a value, then the put. */
function stageOrCreate(known, put) {
    const { request } = known;
    const created = {
        call: createCall(request, undefined, undefined),
        // Created by another writer meanwhile: the put goes ahead all the same.
        fallback: { exception: 'ResourceExistsException', instead: [] }
    };
    return {
        call: put.call,
        fallback: {
            exception: 'ResourceNotFoundException',
            instead: request.arn ? { fail: cannotCreateArn(request.secretId) } : [created, put],
            note: `Secret ${request.secretId} does not exist: creating it without a value, then staging the version. ${FIRST_VERSION_NOTE}.`
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
    const labels = write.kind !== 'stage'
        ? []
        : [...write.stages, ...(first ? [AWSCURRENT] : [])].map((label) => meta || state.kind === 'missing'
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
                : ''
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
        throw new ActionError(`Secret ${request.secretId} was not described, so no version can be promoted: nothing was written.`);
    }
    const meta = state.meta;
    const target = promote.kind === 'version-id'
        ? meta.versionStages[promote.versionId] !== undefined
            ? promote.versionId
            : undefined
        : holderOf(meta.versionStages, promote.stage);
    if (target === undefined) {
        throw new ActionError(promote.kind === 'version-id'
            ? `Secret ${meta.name} has no version ${promote.versionId} (among the versions with a staging label): nothing was written.`
            : `No version of secret ${meta.name} carries the label ${promote.stage}: nothing was written.`);
    }
    const targetStages = meta.versionStages[target] ?? [];
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
    const current = holderOf(meta.versionStages, AWSCURRENT);
    const alreadyCurrent = current === target;
    if (alreadyCurrent)
        known.notes.push({ level: 'info', text: `Version ${target} is already AWSCURRENT: nothing to promote.` });
    const pending = !alreadyCurrent && targetStages.includes(AWSPENDING);
    const steps = alreadyCurrent
        ? after
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
                ? []
                : [
                    labelMove(AWSCURRENT, current, target),
                    ...(current ? [labelMove(AWSPREVIOUS, holderOf(meta.versionStages, AWSPREVIOUS), current)] : []),
                    ...(pending ? [labelMove(AWSPENDING, target, undefined)] : [])
                ],
            previousVersionId: alreadyCurrent ? '' : (current ?? '')
        }
    };
}
function guardDeletion(meta) {
    if (meta.deletedDate) {
        throw new ActionError(`Secret ${meta.name} is scheduled for deletion (on ${meta.deletedDate.toISOString()}): nothing was written. ` +
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
        tags: request.tags
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
        throw new ActionError(`The merged value would be ${bytes} bytes; Secrets Manager takes at most ${MAX_VALUE_BYTES}: nothing was written (the value is not shown).`);
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
        throw new ActionError(`The current value (AWSCURRENT) is not a JSON object, so \`json-merge\` cannot merge into it; ${when} (the value is not shown).`);
    }
    return object;
}
function sameValueAs(value, current) {
    const stored = current.value;
    if (!stored)
        return false;
    return sameValue(value, stored.kind === 'text' ? { secretString: stored.text } : { secretBinary: stored.bytes });
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
        super(failureMessage(cause));
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
            if (error instanceof CancelledError) {
                results[i] = {
                    status: 'cancelled',
                    written: error.written,
                    uncertain: error.uncertain,
                    leftover: error.leftover
                };
                return;
            }
            failed = true;
            const written = error instanceof PartialWriteError ? error.written : [];
            results[i] = {
                status: 'failed',
                reason: failureMessage(error instanceof PartialWriteError ? error.cause : error),
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
                await sleep((options.backoff ?? jitteredBackoff)(attempt), options.signal);
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
            const result = await applyPlan(client, plan, reporter, { signal: options.signal, stopWaitMs: options.stopWaitMs });
            written.push(...result.written);
            if (result.kind === 'done')
                return { outcome: outcomeOf(plan, result.applied), written };
            reporter.info(result.reason);
        }
        throw new ActionError(request.write.kind === 'promote'
            ? `Gave up after ${MAX_ATTEMPTS} attempts: other writers kept moving AWSCURRENT, and this run did not promote its version. Run the step again.`
            : `Gave up after ${MAX_ATTEMPTS} attempts: other writers kept changing the secret. No value of this run is current; run the step again.`);
    }
    catch (error) {
        // Earlier attempts may have written before this one failed: the error says all of it.
        if (error instanceof CancelledError) {
            throw new CancelledError([...written, ...error.written], error.uncertain, error.leftover);
        }
        if (options.signal?.aborted)
            throw new CancelledError(written, undefined, []);
        if (error instanceof PartialWriteError)
            throw new PartialWriteError([...written, ...error.written], error.cause);
        if (written.length > 0)
            throw new PartialWriteError(written, error);
        throw error;
    }
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
    return { plan, token };
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
/** Waits `ms`, or less when `signal` aborts (then it rejects). */
function sleep(ms, signal) {
    return new Promise((resolve, reject) => {
        if (signal?.aborted)
            return reject(new ActionError('Stopped before the next attempt: the step was cancelled.'));
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        const onAbort = () => {
            clearTimeout(timer);
            reject(new ActionError('Stopped before the next attempt: the step was cancelled.'));
        };
        signal?.addEventListener('abort', onAbort, { once: true });
    });
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

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __nccwpck_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __nccwpck_require__(4708);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __nccwpck_require__(7075);
;// CONCATENATED MODULE: external "node:tls"
const external_node_tls_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");
// EXTERNAL MODULE: ../node_modules/@aws-sdk/core/dist-es/submodules/client/middleware-user-agent/configurations.js
var configurations = __nccwpck_require__(6868);
// EXTERNAL MODULE: ../node_modules/@aws-sdk/core/dist-es/submodules/client/middleware-host-header/hostHeaderMiddleware.js
var hostHeaderMiddleware = __nccwpck_require__(4405);
// EXTERNAL MODULE: ../node_modules/@aws-sdk/core/dist-es/submodules/client/middleware-user-agent/user-agent-middleware.js + 4 modules
var user_agent_middleware = __nccwpck_require__(5424);
// EXTERNAL MODULE: ../node_modules/@aws-sdk/core/dist-es/submodules/client/middleware-logger/loggerMiddleware.js
var loggerMiddleware = __nccwpck_require__(1478);
// EXTERNAL MODULE: ../node_modules/@aws-sdk/core/dist-es/submodules/client/middleware-recursion-detection/getRecursionDetectionPlugin.js + 2 modules
var getRecursionDetectionPlugin = __nccwpck_require__(2713);
// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/legacy-root-exports/middleware-http-auth-scheme/getHttpAuthSchemeEndpointRuleSetPlugin.js + 2 modules
var getHttpAuthSchemeEndpointRuleSetPlugin = __nccwpck_require__(7579);
// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/legacy-root-exports/util-identity-and-auth/DefaultIdentityProviderConfig.js
var DefaultIdentityProviderConfig = __nccwpck_require__(9688);
// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/legacy-root-exports/middleware-http-signing/getHttpSigningMiddleware.js + 1 modules
var getHttpSigningMiddleware = __nccwpck_require__(2841);
// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/client/smithy-client/client.js
var client = __nccwpck_require__(7860);
// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/config/config-resolver/regionConfig/resolveRegionConfig.js + 3 modules
var resolveRegionConfig = __nccwpck_require__(9053);
// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/protocols/middleware-content-length/contentLengthMiddleware.js
var contentLengthMiddleware = __nccwpck_require__(7979);
// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/retry/middleware-retry/configurations.js + 6 modules
var middleware_retry_configurations = __nccwpck_require__(478);
// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/retry/index.js + 5 modules
var retry = __nccwpck_require__(868);
// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/schema/middleware/getSchemaSerdePlugin.js + 3 modules
var getSchemaSerdePlugin = __nccwpck_require__(6979);
// EXTERNAL MODULE: ../node_modules/@aws-sdk/core/dist-es/submodules/httpAuthSchemes/index.js + 4 modules
var httpAuthSchemes = __nccwpck_require__(4631);
// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/transport/getSmithyContext.js
var getSmithyContext = __nccwpck_require__(3753);
// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/transport/normalizeProvider.js
var normalizeProvider = __nccwpck_require__(4876);
;// CONCATENATED MODULE: ../node_modules/@aws-sdk/client-secrets-manager/dist-es/auth/httpAuthSchemeProvider.js


const defaultSecretsManagerHttpAuthSchemeParametersProvider = async (config, context, input) => {
    return {
        operation: (0,getSmithyContext/* getSmithyContext */.u)(context).operation,
        region: await (0,normalizeProvider/* normalizeProvider */.t)(config.region)() || (() => {
            throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
        })(),
    };
};
function createAwsAuthSigv4HttpAuthOption(authParameters) {
    return {
        schemeId: "aws.auth#sigv4",
        signingProperties: {
            name: "secretsmanager",
            region: authParameters.region,
        },
        propertiesExtractor: (config, context) => ({
            signingProperties: {
                config,
                context,
            },
        }),
    };
}
const defaultSecretsManagerHttpAuthSchemeProvider = (authParameters) => {
    const options = [];
    switch (authParameters.operation) {
        default: {
            options.push(createAwsAuthSigv4HttpAuthOption(authParameters));
        }
    }
    return options;
};
const resolveHttpAuthSchemeConfig = (config) => {
    const config_0 = (0,httpAuthSchemes/* resolveAwsSdkSigV4Config */.ho)(config);
    return Object.assign(config_0, {
        authSchemePreference: (0,normalizeProvider/* normalizeProvider */.t)(config.authSchemePreference ?? []),
    });
};

;// CONCATENATED MODULE: ../node_modules/@aws-sdk/client-secrets-manager/package.json
const package_namespaceObject = {"rE":"3.1164.0"};
// EXTERNAL MODULE: ../node_modules/@aws-sdk/core/dist-es/submodules/client/emitWarningIfUnsupportedVersion.js
var emitWarningIfUnsupportedVersion = __nccwpck_require__(8739);
// EXTERNAL MODULE: ../node_modules/@aws-sdk/core/dist-es/submodules/client/getDefaultSocketTimeout.js
var getDefaultSocketTimeout = __nccwpck_require__(4351);
// EXTERNAL MODULE: ../node_modules/@aws-sdk/core/dist-es/submodules/client/util-user-agent-node/defaultUserAgent.js + 4 modules
var defaultUserAgent = __nccwpck_require__(7303);
// EXTERNAL MODULE: ../node_modules/@aws-sdk/core/dist-es/submodules/client/util-user-agent-node/nodeAppIdConfigOptions.js
var nodeAppIdConfigOptions = __nccwpck_require__(9670);
// EXTERNAL MODULE: ../node_modules/@aws-sdk/core/dist-es/submodules/httpAuthSchemes/aws_sdk/NODE_AUTH_SCHEME_PREFERENCE_OPTIONS.js + 2 modules
var NODE_AUTH_SCHEME_PREFERENCE_OPTIONS = __nccwpck_require__(8898);
// EXTERNAL MODULE: ../node_modules/@aws-sdk/credential-provider-env/dist-es/fromEnv.js
var fromEnv = __nccwpck_require__(8741);
// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/config/shared-ini-file-loader/getProfileName.js
var getProfileName = __nccwpck_require__(7803);
// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/config/property-provider/CredentialsProviderError.js
var CredentialsProviderError = __nccwpck_require__(9902);
// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/config/property-provider/chain.js
var chain = __nccwpck_require__(9300);
;// CONCATENATED MODULE: ../node_modules/@aws-sdk/credential-provider-node/dist-es/remoteProvider.js

const ENV_IMDS_DISABLED = "AWS_EC2_METADATA_DISABLED";
const remoteProvider = async (init) => {
    const { ENV_CMDS_FULL_URI, ENV_CMDS_RELATIVE_URI, fromContainerMetadata, fromInstanceMetadata } = await __nccwpck_require__.e(/* import() */ 40).then(__nccwpck_require__.bind(__nccwpck_require__, 2040));
    if (process.env[ENV_CMDS_RELATIVE_URI] || process.env[ENV_CMDS_FULL_URI]) {
        init.logger?.debug("@aws-sdk/credential-provider-node - remoteProvider::fromHttp/fromContainerMetadata");
        const { fromHttp } = await __nccwpck_require__.e(/* import() */ 689).then(__nccwpck_require__.bind(__nccwpck_require__, 4689));
        return (0,chain/* chain */.c)(fromHttp(init), fromContainerMetadata(init));
    }
    if (process.env[ENV_IMDS_DISABLED] && process.env[ENV_IMDS_DISABLED] !== "false") {
        return async () => {
            throw new CredentialsProviderError/* CredentialsProviderError */.C("EC2 Instance Metadata Service access disabled", { logger: init.logger });
        };
    }
    init.logger?.debug("@aws-sdk/credential-provider-node - remoteProvider::fromInstanceMetadata");
    return fromInstanceMetadata(init);
};

;// CONCATENATED MODULE: ../node_modules/@aws-sdk/credential-provider-node/dist-es/runtime/memoize-chain.js
function memoizeChain(providers, treatAsExpired) {
    const chain = internalCreateChain(providers);
    let activeLock;
    let passiveLock;
    let credentials;
    let forceRefreshLock;
    const provider = async (options) => {
        if (options?.forceRefresh) {
            if (!forceRefreshLock) {
                forceRefreshLock = chain(options)
                    .then((c) => {
                    credentials = c;
                })
                    .finally(() => {
                    forceRefreshLock = undefined;
                });
            }
            await forceRefreshLock;
            return credentials;
        }
        if (credentials?.expiration) {
            if (credentials?.expiration?.getTime() < Date.now()) {
                credentials = undefined;
            }
        }
        if (activeLock) {
            await activeLock;
        }
        else if (!credentials || treatAsExpired?.(credentials)) {
            if (credentials) {
                if (!passiveLock) {
                    passiveLock = chain(options)
                        .then((c) => {
                        credentials = c;
                    })
                        .catch(() => {
                    })
                        .finally(() => {
                        passiveLock = undefined;
                    });
                }
            }
            else {
                activeLock = chain(options)
                    .then((c) => {
                    credentials = c;
                })
                    .finally(() => {
                    activeLock = undefined;
                });
                return provider(options);
            }
        }
        return credentials;
    };
    return provider;
}
const internalCreateChain = (providers) => async (awsIdentityProperties) => {
    let lastProviderError;
    for (const provider of providers) {
        try {
            return await provider(awsIdentityProperties);
        }
        catch (err) {
            lastProviderError = err;
            if (err?.tryNextLink) {
                continue;
            }
            throw err;
        }
    }
    throw lastProviderError;
};

;// CONCATENATED MODULE: ../node_modules/@aws-sdk/credential-provider-node/dist-es/defaultProvider.js




let multipleCredentialSourceWarningEmitted = false;
const defaultProvider = (init = {}) => memoizeChain([
    async () => {
        const profile = init.profile ?? process.env[getProfileName/* ENV_PROFILE */.Ch];
        if (profile) {
            const envStaticCredentialsAreSet = process.env[fromEnv/* ENV_KEY */.yG] && process.env[fromEnv/* ENV_SECRET */.pi];
            if (envStaticCredentialsAreSet) {
                if (!multipleCredentialSourceWarningEmitted) {
                    const warnFn = init.logger?.warn && init.logger?.constructor?.name !== "NoOpLogger"
                        ? init.logger.warn.bind(init.logger)
                        : console.warn;
                    warnFn(`@aws-sdk/credential-provider-node - defaultProvider::fromEnv WARNING:
    Multiple credential sources detected: 
    Both AWS_PROFILE and the pair AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY static credentials are set.
    This SDK will proceed with the AWS_PROFILE value.
    
    However, a future version may change this behavior to prefer the ENV static credentials.
    Please ensure that your environment only sets either the AWS_PROFILE or the
    AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY pair.
`);
                    multipleCredentialSourceWarningEmitted = true;
                }
            }
            throw new CredentialsProviderError/* CredentialsProviderError */.C("AWS_PROFILE is set, skipping fromEnv provider.", {
                logger: init.logger,
                tryNextLink: true,
            });
        }
        init.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromEnv");
        return (0,fromEnv/* fromEnv */.sF)(init)();
    },
    async (awsIdentityProperties) => {
        init.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromSSO");
        const { ssoStartUrl, ssoAccountId, ssoRegion, ssoRoleName, ssoSession } = init;
        if (!ssoStartUrl && !ssoAccountId && !ssoRegion && !ssoRoleName && !ssoSession) {
            throw new CredentialsProviderError/* CredentialsProviderError */.C("Skipping SSO provider in default chain (inputs do not include SSO fields).", { logger: init.logger });
        }
        const { fromSSO } = await __nccwpck_require__.e(/* import() */ 610).then(__nccwpck_require__.bind(__nccwpck_require__, 9610));
        return fromSSO(init)(awsIdentityProperties);
    },
    async (awsIdentityProperties) => {
        init.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromIni");
        const { fromIni } = await __nccwpck_require__.e(/* import() */ 206).then(__nccwpck_require__.bind(__nccwpck_require__, 206));
        return fromIni(init)(awsIdentityProperties);
    },
    async (awsIdentityProperties) => {
        init.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromProcess");
        const { fromProcess } = await __nccwpck_require__.e(/* import() */ 257).then(__nccwpck_require__.bind(__nccwpck_require__, 8257));
        return fromProcess(init)(awsIdentityProperties);
    },
    async (awsIdentityProperties) => {
        init.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromTokenFile");
        const { fromTokenFile } = await __nccwpck_require__.e(/* import() */ 925).then(__nccwpck_require__.bind(__nccwpck_require__, 9925));
        return fromTokenFile(init)(awsIdentityProperties);
    },
    async () => {
        init.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::remoteProvider");
        return (await remoteProvider(init))();
    },
    async () => {
        throw new CredentialsProviderError/* CredentialsProviderError */.C("Could not load credentials from any providers", {
            tryNextLink: false,
            logger: init.logger,
        });
    },
], credentialsTreatedAsExpired);
const credentialsWillNeedRefresh = (credentials) => credentials?.expiration !== undefined;
const credentialsTreatedAsExpired = (credentials) => credentials?.expiration !== undefined && credentials.expiration.getTime() - Date.now() < 300000;

// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/client/smithy-client/emitWarningIfUnsupportedVersion.js
var smithy_client_emitWarningIfUnsupportedVersion = __nccwpck_require__(3816);
// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/client/smithy-client/defaults-mode.js
var defaults_mode = __nccwpck_require__(7613);
// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/config/defaults-mode/resolveDefaultsModeConfig.js + 1 modules
var resolveDefaultsModeConfig = __nccwpck_require__(5412);
// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/config/node-config-provider/configLoader.js + 5 modules
var configLoader = __nccwpck_require__(3559);
// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/config/config-resolver/regionConfig/config.js
var regionConfig_config = __nccwpck_require__(446);
// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/config/config-resolver/endpointsConfig/NodeUseDualstackEndpointConfigOptions.js
var NodeUseDualstackEndpointConfigOptions = __nccwpck_require__(2766);
// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/config/config-resolver/endpointsConfig/NodeUseFipsEndpointConfigOptions.js
var NodeUseFipsEndpointConfigOptions = __nccwpck_require__(4824);
// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/retry/util-retry/config.js
var util_retry_config = __nccwpck_require__(9903);
// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/serde/util-body-length/calculateBodyLength.js
var calculateBodyLength = __nccwpck_require__(2149);
// EXTERNAL MODULE: ../node_modules/@smithy/node-http-handler/dist-es/node-http-handler.js + 11 modules
var node_http_handler = __nccwpck_require__(18);
// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/serde/util-stream/stream-collector.js
var stream_collector = __nccwpck_require__(5606);
// EXTERNAL MODULE: ../node_modules/@aws-sdk/core/dist-es/submodules/httpAuthSchemes/aws_sdk/AwsSdkSigV4Signer.js + 2 modules
var AwsSdkSigV4Signer = __nccwpck_require__(9752);
// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/protocols/RpcProtocol.js
var RpcProtocol = __nccwpck_require__(4501);
// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/protocols/json/codec-v2/JsonCodec2.js + 5 modules
var JsonCodec2 = __nccwpck_require__(685);
// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/protocols/json/parseJsonBody.js + 1 modules
var parseJsonBody = __nccwpck_require__(8876);
// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/schema/deref.js
var deref = __nccwpck_require__(8934);
// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/schema/schemas/NormalizedSchema.js
var NormalizedSchema = __nccwpck_require__(6627);
// EXTERNAL MODULE: ../node_modules/@aws-sdk/core/dist-es/submodules/protocols/ProtocolLib.js
var ProtocolLib = __nccwpck_require__(8063);
;// CONCATENATED MODULE: ../node_modules/@aws-sdk/core/dist-es/submodules/protocols/json/AwsJsonRpcProtocol.js



class AwsJsonRpcProtocol extends RpcProtocol/* RpcProtocol */.M {
    serializer;
    deserializer;
    serviceTarget;
    codec;
    mixin;
    awsQueryCompatible;
    constructor({ defaultNamespace, errorTypeRegistries, serviceTarget, awsQueryCompatible, jsonCodec, }) {
        super({
            defaultNamespace,
            errorTypeRegistries,
        });
        this.serviceTarget = serviceTarget;
        this.codec =
            jsonCodec ??
                new JsonCodec2/* JsonCodec2 */.p({
                    timestampFormat: {
                        useTrait: true,
                        default: 7,
                    },
                    jsonName: false,
                });
        this.serializer = this.codec.createSerializer();
        this.deserializer = this.codec.createDeserializer();
        this.awsQueryCompatible = !!awsQueryCompatible;
        this.mixin = new ProtocolLib/* ProtocolLib */.U(this.awsQueryCompatible);
    }
    async serializeRequest(operationSchema, input, context) {
        const request = await super.serializeRequest(operationSchema, input, context);
        if (!request.path.endsWith("/")) {
            request.path += "/";
        }
        request.headers["content-type"] = `application/x-amz-json-${this.getJsonRpcVersion()}`;
        request.headers["x-amz-target"] = `${this.serviceTarget}.${operationSchema.name}`;
        if (this.awsQueryCompatible) {
            request.headers["x-amzn-query-mode"] = "true";
        }
        if ((0,deref/* deref */.L)(operationSchema.input) === "unit" || !request.body) {
            request.body = "{}";
        }
        return request;
    }
    getPayloadCodec() {
        return this.codec;
    }
    async handleError(operationSchema, context, response, dataObject, metadata) {
        const { awsQueryCompatible } = this;
        if (awsQueryCompatible) {
            this.mixin.setQueryCompatError(dataObject, response);
        }
        const errorIdentifier = (0,parseJsonBody/* loadJsonRpcErrorCode */.rh)(response, dataObject, awsQueryCompatible) ?? "Unknown";
        this.mixin.compose(this.compositeErrorRegistry, errorIdentifier, this.options.defaultNamespace);
        const { errorSchema, errorMetadata } = await this.mixin.getErrorSchemaOrThrowBaseException(errorIdentifier, this.options.defaultNamespace, response, dataObject, metadata, awsQueryCompatible ? this.mixin.findQueryCompatibleError : undefined);
        const ns = NormalizedSchema/* NormalizedSchema */.l1.of(errorSchema);
        const message = dataObject.message ?? dataObject.Message ?? "UnknownError";
        const ErrorCtor = this.compositeErrorRegistry.getErrorCtor(errorSchema) ?? Error;
        const exception = new ErrorCtor({});
        const output = {};
        const errorDeserializer = this.codec.createDeserializer();
        for (const [name, member] of ns.structIterator()) {
            if (dataObject[name] != null) {
                output[name] = errorDeserializer.readObject(member, dataObject[name]);
            }
        }
        if (awsQueryCompatible) {
            this.mixin.queryCompatOutput(dataObject, output);
        }
        throw this.mixin.decorateServiceException(Object.assign(exception, errorMetadata, {
            $fault: ns.getMergedTraits().error,
            message,
        }, output), dataObject);
    }
}

;// CONCATENATED MODULE: ../node_modules/@aws-sdk/core/dist-es/submodules/protocols/json/AwsJson1_1Protocol.js

class AwsJson1_1Protocol extends AwsJsonRpcProtocol {
    constructor({ defaultNamespace, errorTypeRegistries, serviceTarget, awsQueryCompatible, jsonCodec, }) {
        super({
            defaultNamespace,
            errorTypeRegistries,
            serviceTarget,
            awsQueryCompatible,
            jsonCodec,
        });
    }
    getShapeId() {
        return "aws.protocols#awsJson1_1";
    }
    getJsonRpcVersion() {
        return "1.1";
    }
    getDefaultContentType() {
        return "application/x-amz-json-1.1";
    }
}

// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/checksum/sha256/Sha256Node.js + 1 modules
var Sha256Node = __nccwpck_require__(2068);
// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/client/smithy-client/NoOpLogger.js
var NoOpLogger = __nccwpck_require__(51);
// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/transport/parseUrl.js + 1 modules
var parseUrl = __nccwpck_require__(6663);
// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/serde/util-base64/fromBase64.js
var fromBase64 = __nccwpck_require__(7022);
// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/serde/util-base64/toBase64.js
var toBase64 = __nccwpck_require__(7307);
// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/serde/util-utf8/fromUtf8.js
var fromUtf8 = __nccwpck_require__(4574);
// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/serde/util-utf8/toUtf8.js
var toUtf8 = __nccwpck_require__(1787);
// EXTERNAL MODULE: ../node_modules/@aws-sdk/core/dist-es/submodules/client/util-endpoints/aws.js + 2 modules
var aws = __nccwpck_require__(1958);
// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/endpoints/util-endpoints/cache/EndpointCache.js
var EndpointCache = __nccwpck_require__(4397);
// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/endpoints/util-endpoints/decideEndpoint.js + 24 modules
var decideEndpoint = __nccwpck_require__(6467);
// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/endpoints/util-endpoints/utils/customEndpointFunctions.js
var customEndpointFunctions = __nccwpck_require__(7228);
// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/endpoints/util-endpoints/bdd/BinaryDecisionDiagram.js
var BinaryDecisionDiagram = __nccwpck_require__(2988);
;// CONCATENATED MODULE: ../node_modules/@aws-sdk/client-secrets-manager/dist-es/endpoint/bdd.js

const m = "ref";
const a = -1, b = true, c = "isSet", d = "PartitionResult", e = "booleanEquals", f = "getAttr", g = "stringEquals", h = { [m]: "Endpoint" }, i = { [m]: d }, j = { "fn": f, "argv": [i, "name"] }, k = {}, l = [{ [m]: "Region" }];
const _data = {
    conditions: [
        [c, [h]],
        [c, l],
        ["aws.partition", l, d],
        [e, [{ [m]: "UseFIPS" }, b]],
        [e, [{ [m]: "UseDualStack" }, b]],
        [e, [{ fn: f, argv: [i, "supportsDualStack"] }, b]],
        [e, [{ fn: f, argv: [i, "supportsFIPS"] }, b]],
        [g, [j, "aws"]],
        [g, [j, "aws-cn"]],
        [g, [j, "aws-us-gov"]]
    ],
    results: [
        [a],
        [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
        [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
        [h, k],
        ["https://secretsmanager-fips.{Region}.amazonaws.com", k],
        ["https://secretsmanager-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", k],
        [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
        ["https://secretsmanager-fips.{Region}.{PartitionResult#dnsSuffix}", k],
        [a, "FIPS is enabled but this partition does not support FIPS"],
        ["https://secretsmanager.{Region}.amazonaws.com", k],
        ["https://secretsmanager.{Region}.amazonaws.com.cn", k],
        ["https://secretsmanager.{Region}.{PartitionResult#dualStackDnsSuffix}", k],
        [a, "DualStack is enabled but this partition does not support DualStack"],
        ["https://secretsmanager.{Region}.{PartitionResult#dnsSuffix}", k],
        [a, "Invalid Configuration: Missing Region"]
    ]
};
const root = 2;
const r = 100_000_000;
const nodes = new Int32Array([
    -1, 1, -1,
    0, 17, 3,
    1, 4, r + 14,
    2, 5, r + 14,
    3, 11, 6,
    4, 7, r + 13,
    5, 8, r + 12,
    7, r + 9, 9,
    8, r + 10, 10,
    9, r + 9, r + 11,
    4, 13, 12,
    6, r + 7, r + 8,
    5, 14, r + 6,
    6, 15, r + 6,
    7, r + 4, 16,
    9, r + 4, r + 5,
    3, r + 1, 18,
    4, r + 2, r + 3,
]);
const bdd = BinaryDecisionDiagram/* BinaryDecisionDiagram */.d.from(nodes, root, _data.conditions, _data.results);

;// CONCATENATED MODULE: ../node_modules/@aws-sdk/client-secrets-manager/dist-es/endpoint/endpointResolver.js



const cache = new EndpointCache/* EndpointCache */.k({
    size: 50,
    params: ["Endpoint", "Region", "UseDualStack", "UseFIPS"],
});
const defaultEndpointResolver = (endpointParams, context = {}) => {
    return cache.get(endpointParams, () => (0,decideEndpoint/* decideEndpoint */.c)(bdd, {
        endpointParams: endpointParams,
        logger: context.logger,
    }));
};
customEndpointFunctions/* customEndpointFunctions */.m.aws = aws/* awsEndpointFunctions */.U;

;// CONCATENATED MODULE: ../node_modules/@aws-sdk/client-secrets-manager/dist-es/runtimeConfig.shared.js









const getRuntimeConfig = (config) => {
    return {
        apiVersion: "2017-10-17",
        base64Decoder: config?.base64Decoder ?? fromBase64/* fromBase64 */.E,
        base64Encoder: config?.base64Encoder ?? toBase64/* toBase64 */.n,
        disableHostPrefix: config?.disableHostPrefix ?? false,
        endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
        extensions: config?.extensions ?? [],
        httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultSecretsManagerHttpAuthSchemeProvider,
        httpAuthSchemes: config?.httpAuthSchemes ?? [
            {
                schemeId: "aws.auth#sigv4",
                identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
                signer: new AwsSdkSigV4Signer/* AwsSdkSigV4Signer */.f2(),
            },
        ],
        logger: config?.logger ?? new NoOpLogger/* NoOpLogger */.N(),
        protocol: config?.protocol ?? AwsJson1_1Protocol,
        protocolSettings: config?.protocolSettings ?? {
            defaultNamespace: "com.amazonaws.secretsmanager",
            errorTypeRegistries: errorTypeRegistries,
            version: "2017-10-17",
            serviceTarget: "secretsmanager",
        },
        serviceId: config?.serviceId ?? "Secrets Manager",
        sha256: config?.sha256 ?? Sha256Node/* Sha256Node */.k,
        urlParser: config?.urlParser ?? parseUrl/* parseUrl */.D,
        utf8Decoder: config?.utf8Decoder ?? fromUtf8/* fromUtf8 */.a,
        utf8Encoder: config?.utf8Encoder ?? toUtf8/* toUtf8 */.P,
    };
};

;// CONCATENATED MODULE: ../node_modules/@aws-sdk/client-secrets-manager/dist-es/runtimeConfig.js










const runtimeConfig_getRuntimeConfig = (config) => {
    (0,smithy_client_emitWarningIfUnsupportedVersion/* emitWarningIfUnsupportedVersion */.I)(process.version);
    const defaultsMode = (0,resolveDefaultsModeConfig/* resolveDefaultsModeConfig */.I)(config);
    const defaultConfigProvider = () => defaultsMode().then(defaults_mode/* loadConfigsForDefaultMode */.l);
    const clientSharedValues = getRuntimeConfig(config);
    (0,emitWarningIfUnsupportedVersion/* emitWarningIfUnsupportedVersion */.I)(process.version);
    const loaderConfig = {
        profile: config?.profile,
        logger: clientSharedValues.logger,
    };
    return {
        ...clientSharedValues,
        ...config,
        runtime: "node",
        defaultsMode,
        authSchemePreference: config?.authSchemePreference ?? (0,configLoader/* loadConfig */.Z)(NODE_AUTH_SCHEME_PREFERENCE_OPTIONS/* NODE_AUTH_SCHEME_PREFERENCE_OPTIONS */.$, loaderConfig),
        bodyLengthChecker: config?.bodyLengthChecker ?? calculateBodyLength/* calculateBodyLength */.n,
        credentialDefaultProvider: config?.credentialDefaultProvider ?? defaultProvider,
        defaultSocketTimeout: (0,getDefaultSocketTimeout/* getDefaultSocketTimeout */.E)(config?.requestHandler, 300_000),
        defaultUserAgentProvider: config?.defaultUserAgentProvider ?? (0,defaultUserAgent/* createDefaultUserAgentProvider */.pf)({ serviceId: clientSharedValues.serviceId, clientVersion: package_namespaceObject.rE }),
        maxAttempts: config?.maxAttempts ?? (0,configLoader/* loadConfig */.Z)(middleware_retry_configurations/* NODE_MAX_ATTEMPT_CONFIG_OPTIONS */.qs, config),
        region: config?.region ?? (0,configLoader/* loadConfig */.Z)(regionConfig_config/* NODE_REGION_CONFIG_OPTIONS */.GG, { ...regionConfig_config/* NODE_REGION_CONFIG_FILE_OPTIONS */.zH, ...loaderConfig }),
        requestHandler: node_http_handler/* NodeHttpHandler */.$.create(config?.requestHandler ?? defaultConfigProvider),
        retryMode: config?.retryMode ??
            (0,configLoader/* loadConfig */.Z)({
                ...middleware_retry_configurations/* NODE_RETRY_MODE_CONFIG_OPTIONS */.kN,
                default: async () => (await defaultConfigProvider()).retryMode || util_retry_config/* DEFAULT_RETRY_MODE */.L0,
            }, config),
        streamCollector: config?.streamCollector ?? stream_collector/* streamCollector */.k,
        useDualstackEndpoint: config?.useDualstackEndpoint ?? (0,configLoader/* loadConfig */.Z)(NodeUseDualstackEndpointConfigOptions/* NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS */.e$, loaderConfig),
        useFipsEndpoint: config?.useFipsEndpoint ?? (0,configLoader/* loadConfig */.Z)(NodeUseFipsEndpointConfigOptions/* NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS */.Ko, loaderConfig),
        userAgentAppId: config?.userAgentAppId ?? (0,configLoader/* loadConfig */.Z)(nodeAppIdConfigOptions/* NODE_APP_ID_CONFIG_OPTIONS */.hV, loaderConfig),
    };
};

// EXTERNAL MODULE: ../node_modules/@aws-sdk/core/dist-es/submodules/client/region-config-resolver/extensions.js
var region_config_resolver_extensions = __nccwpck_require__(5489);
// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/client/smithy-client/extensions/defaultExtensionConfiguration.js + 3 modules
var defaultExtensionConfiguration = __nccwpck_require__(2061);
// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/protocols/protocol-http/extensions/httpExtensionConfiguration.js
var httpExtensionConfiguration = __nccwpck_require__(8440);
;// CONCATENATED MODULE: ../node_modules/@aws-sdk/client-secrets-manager/dist-es/auth/httpAuthExtensionConfiguration.js
const getHttpAuthExtensionConfiguration = (runtimeConfig) => {
    const _httpAuthSchemes = runtimeConfig.httpAuthSchemes;
    let _httpAuthSchemeProvider = runtimeConfig.httpAuthSchemeProvider;
    let _credentials = runtimeConfig.credentials;
    return {
        setHttpAuthScheme(httpAuthScheme) {
            const index = _httpAuthSchemes.findIndex((scheme) => scheme.schemeId === httpAuthScheme.schemeId);
            if (index === -1) {
                _httpAuthSchemes.push(httpAuthScheme);
            }
            else {
                _httpAuthSchemes.splice(index, 1, httpAuthScheme);
            }
        },
        httpAuthSchemes() {
            return _httpAuthSchemes;
        },
        setHttpAuthSchemeProvider(httpAuthSchemeProvider) {
            _httpAuthSchemeProvider = httpAuthSchemeProvider;
        },
        httpAuthSchemeProvider() {
            return _httpAuthSchemeProvider;
        },
        setCredentials(credentials) {
            _credentials = credentials;
        },
        credentials() {
            return _credentials;
        },
    };
};
const resolveHttpAuthRuntimeConfig = (config) => {
    return {
        httpAuthSchemes: config.httpAuthSchemes(),
        httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
        credentials: config.credentials(),
    };
};

;// CONCATENATED MODULE: ../node_modules/@aws-sdk/client-secrets-manager/dist-es/runtimeExtensions.js




const resolveRuntimeExtensions = (runtimeConfig, extensions) => {
    const extensionConfiguration = Object.assign((0,region_config_resolver_extensions/* getAwsRegionExtensionConfiguration */.R)(runtimeConfig), (0,defaultExtensionConfiguration/* getDefaultExtensionConfiguration */.xA)(runtimeConfig), (0,httpExtensionConfiguration/* getHttpHandlerExtensionConfiguration */.e)(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
    extensions.forEach((extension) => extension.configure(extensionConfiguration));
    return Object.assign(runtimeConfig, (0,region_config_resolver_extensions/* resolveAwsRegionExtensionConfiguration */.$)(extensionConfiguration), (0,defaultExtensionConfiguration/* resolveDefaultRuntimeConfig */.uv)(extensionConfiguration), (0,httpExtensionConfiguration/* resolveHttpHandlerRuntimeConfig */.j)(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
};

;// CONCATENATED MODULE: ../node_modules/@aws-sdk/client-secrets-manager/dist-es/SecretsManagerClient.js













class SecretsManagerClient extends client/* Client */.K {
    config;
    constructor(...[configuration]) {
        const _config_0 = runtimeConfig_getRuntimeConfig(configuration || {});
        super(_config_0);
        this.initConfig = _config_0;
        const _config_1 = resolveClientEndpointParameters(_config_0);
        const _config_2 = (0,configurations/* resolveUserAgentConfig */.D)(_config_1);
        const _config_3 = (0,middleware_retry_configurations/* resolveRetryConfig */.$z)(_config_2);
        const _config_4 = (0,resolveRegionConfig/* resolveRegionConfig */.T)(_config_3);
        const _config_5 = (0,hostHeaderMiddleware/* resolveHostHeaderConfig */.OV)(_config_4);
        const _config_6 = (0,endpoints/* resolveEndpointConfig */.Co)(_config_5);
        const _config_7 = resolveHttpAuthSchemeConfig(_config_6);
        const _config_8 = resolveRuntimeExtensions(_config_7, configuration?.extensions || []);
        this.config = _config_8;
        this.middlewareStack.use((0,getSchemaSerdePlugin/* getSchemaSerdePlugin */.wq)(this.config));
        this.middlewareStack.use((0,user_agent_middleware/* getUserAgentPlugin */.sM)(this.config));
        this.middlewareStack.use((0,retry/* getRetryPlugin */.ey)(this.config));
        this.middlewareStack.use((0,contentLengthMiddleware/* getContentLengthPlugin */.vK)(this.config));
        this.middlewareStack.use((0,hostHeaderMiddleware/* getHostHeaderPlugin */.TC)(this.config));
        this.middlewareStack.use((0,loggerMiddleware/* getLoggerPlugin */.Y7)(this.config));
        this.middlewareStack.use((0,getRecursionDetectionPlugin/* getRecursionDetectionPlugin */.n)(this.config));
        this.middlewareStack.use((0,getHttpAuthSchemeEndpointRuleSetPlugin/* getHttpAuthSchemeEndpointRuleSetPlugin */.w)(this.config, {
            httpAuthSchemeParametersProvider: defaultSecretsManagerHttpAuthSchemeParametersProvider,
            identityProviderConfigProvider: async (config) => new DefaultIdentityProviderConfig/* DefaultIdentityProviderConfig */.h({
                "aws.auth#sigv4": config.credentials,
            }),
        }));
        this.middlewareStack.use((0,getHttpSigningMiddleware/* getHttpSigningPlugin */.l)(this.config));
    }
    destroy() {
        super.destroy();
    }
}

;// CONCATENATED MODULE: ../src/answer-size.ts
/**
 * A bound on the size of an answer's body. The SDK reads a body whole before parsing it, so an
 * endpoint that answers with a flood (a buggy gateway, a hostile endpoint-url) would fill the
 * heap: 256 MiB took about 870 MiB, a few GiB ended the process with no message. `read-timeout`
 * bounds the body in time; this bounds it in bytes, and abandons it (its socket destroyed) as soon
 * as it passes the bound.
 *
 * The bound: the largest legitimate answer of the calls the action makes, with margin.
 * - GetSecretValue: a SecretString of at most 65536 bytes, which JSON may escape six-fold (a
 *   control character becomes \u00XX): 384 KiB; a SecretBinary's base64, about 87 KiB; plus the
 *   ARN, name, version id and at most 20 labels: under 0.5 MiB.
 * - DescribeSecret: up to about 100 versions with their labels (at most 20 on a version, each at
 *   most 256 characters: even 100 x 20 labels, escaped, is about 1 MiB), 50 tags of at most 128 +
 *   256 characters, a description of at most 2048, the replication status of every region: under
 *   1.5 MiB however the fields are filled.
 * - The writes and the error answers are a few hundred bytes.
 * 4 MiB is over twice the worst, and costs nothing to hold.
 */

const MAX_ANSWER_BYTES = 4 * 1024 * 1024;
/** An answer body abandoned at the bound: errors.ts words it for the failure. */
class AnswerTooLargeError extends Error {
    limit;
    name = 'AnswerTooLargeError';
    constructor(limit) {
        super(`The answer's body was larger than ${limit} bytes, far more than any Secrets Manager answer.`);
        this.limit = limit;
    }
}
/**
 * The body, which now fails with AnswerTooLargeError (its socket destroyed) once more than
 * `limit` bytes have arrived. A body that is not a Node stream (never so with the SDK's Node
 * handler) is returned as it is.
 */
function boundBody(body, limit = MAX_ANSWER_BYTES) {
    if (!(body instanceof external_node_stream_.Readable))
        return body;
    let received = 0;
    // A listener beside the reader's: both see every chunk in order; at the bound the stream is
    // destroyed, and the reader's 'error' listener rejects.
    const count = (chunk) => {
        received += chunk.length;
        if (received > limit) {
            body.off('data', count);
            body.destroy(new AnswerTooLargeError(limit));
        }
    };
    body.on('data', count);
    return body;
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ../src/value-path.ts
/**
 * Pure: where a value may be read from. A value file is sent to Secrets Manager, so a path that
 * reaches outside what the workflow meant to store would upload it: a symbolic link committed in a
 * pull request (`config/app.env -> ~/.ssh/id_rsa`), `../`, /proc/self/environ (the job's AWS
 * credentials). So each path has a root, decided from the path as written:
 *
 * - a relative path (or an absolute one inside the workspace) stays in the workspace, and never
 *   reaches into RUNNER_TEMP, even where RUNNER_TEMP lies inside the workspace: actions/checkout
 *   persists git credentials there;
 * - an absolute path under RUNNER_TEMP (where workflows write generated files) stays in RUNNER_TEMP;
 * - anything else is refused.
 *
 * This module decides the root from the text; file.ts checks, after symbolic links, that the file
 * opened is inside it. Paths are compared case-insensitively on Windows and macOS, as their file
 * systems are by default (on macOS a relative `_TEMP/x` would otherwise pass by a RUNNER_TEMP
 * `_temp` inside the workspace).
 */

const api = (platform) => (platform === 'win32' ? external_node_path_.win32 : external_node_path_.posix);
/** Whether `file` is `dir` or inside it (both absolute). Case-insensitive on Windows and macOS. */
function isInside(file, dir, platform) {
    const p = api(platform);
    const caseless = platform === 'win32' || platform === 'darwin';
    const fold = (s) => (caseless ? p.normalize(s).toLowerCase() : p.normalize(s));
    const child = fold(file);
    const parent = fold(dir);
    if (child === parent)
        return true;
    // A root such as `/` or `C:\` already ends with the separator.
    return child.startsWith(parent.endsWith(p.sep) ? parent : parent + p.sep);
}
/** The root a value path written as `written` must stay in, or why it is refused. */
function confineValuePath(written, places) {
    const p = api(places.platform);
    const workspace = p.resolve(places.workspace);
    const temp = places.runnerTemp ? p.resolve(places.runnerTemp) : undefined;
    const file = p.resolve(workspace, written);
    const inTemp = temp !== undefined && isInside(file, temp, places.platform);
    // A workspace inside RUNNER_TEMP (never so on a runner) would otherwise exclude itself.
    const excluded = temp !== undefined && !isInside(workspace, temp, places.platform) ? temp : undefined;
    if (p.isAbsolute(written) && inTemp) {
        return { path: file, root: { name: 'RUNNER_TEMP', dir: temp, excluded: undefined, platform: places.platform } };
    }
    const rule = 'a value is read from a file in the workspace, or from RUNNER_TEMP by an absolute path under it.';
    if (!isInside(file, workspace, places.platform)) {
        return { refused: `${written} is outside the workspace (${workspace}): ${rule}` };
    }
    if (excluded !== undefined && isInside(file, excluded, places.platform)) {
        return {
            refused: `${written} is inside RUNNER_TEMP (${excluded}) by a path relative to the workspace, which is refused since actions/checkout keeps credentials there: ${rule}`
        };
    }
    return { path: file, root: { name: 'workspace', dir: workspace, excluded, platform: places.platform } };
}

;// CONCATENATED MODULE: ../src/file.ts
/**
 * Reads the small files that inputs name (`value-from-file`, `ca-bundle`): one descriptor, opened
 * so that nothing can block or flood the step, checked and read through that same descriptor.
 *
 * - A value file is confined to its root (value-path.ts): its real path, every symbolic link
 *   followed, must lie inside the root, and the real path is what is opened (without following a
 *   link at its end), so that what is checked is what is read.
 * - Opened non-blocking where the platform has it: a plain open() of a FIFO with no writer blocks
 *   until one comes, and the step with it.
 * - Checked with fstat on the open descriptor, not stat on the path: a FIFO or a device renamed
 *   into place between a check by path and a read by path would be read unchecked.
 * - Read up to the limit and no further, even if the file grows after the check: /dev/zero or a
 *   growing log can never fill the heap.
 */
// Synchronous: one small file, and node:fs/promises costs start-up time (it loads readline).



// Both are 0 where the platform lacks them (Windows, which has no FIFOs to open this way).
const OPEN_FLAGS = external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NONBLOCK ?? 0) | (external_node_fs_.constants.O_NOCTTY ?? 0);
// A confined file is opened by its real path: a link at its end now was put there since the check.
const NO_FOLLOW = external_node_fs_.constants.O_NOFOLLOW ?? 0;
/** The bytes of a regular file of at most `maxBytes`, else an InputError naming the input and the path. */
function readSmallFile(file, limits) {
    const what = `${file}${limits.origin ? ` (taken from ${limits.origin})` : ''}`;
    const fail = (detail) => {
        throw new InputError(limits.input, `${what} ${detail}`);
    };
    let fd;
    try {
        fd = limits.root
            ? (0,external_node_fs_.openSync)(realPathInside(file, limits.root, fail), OPEN_FLAGS | NO_FOLLOW)
            : (0,external_node_fs_.openSync)(file, OPEN_FLAGS);
    }
    catch (error) {
        if (error instanceof InputError)
            throw error;
        return fail(`cannot be read: ${describeFsError(error)}.`);
    }
    try {
        const info = (0,external_node_fs_.fstatSync)(fd);
        if (!info.isFile())
            return fail('is not a regular file.');
        // Checked before reading, so that a huge file is never loaded into memory.
        if (info.size > limits.maxBytes)
            return fail(`is ${info.size} bytes; at most ${limits.maxBytes} bytes are accepted.`);
        // One byte more than fstat said: a file that grew meanwhile is refused, not cut short.
        const buffer = Buffer.alloc(info.size + 1);
        let length = 0;
        for (let n; length < buffer.length && (n = (0,external_node_fs_.readSync)(fd, buffer, length, buffer.length - length, null)) > 0;)
            length += n;
        if (length > info.size)
            return fail('changed while it was read: give a file that nothing is writing to.');
        return buffer.subarray(0, length);
    }
    catch (error) {
        if (error instanceof InputError)
            throw error;
        return fail(`cannot be read: ${describeFsError(error)}.`);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/** The file's real path, refused unless inside `root` (and, for the workspace, outside RUNNER_TEMP). */
function realPathInside(file, root, fail) {
    const real = external_node_fs_.realpathSync.native(file);
    const dir = realPathOrSelf(root.dir);
    const rule = 'a symbolic link may not lead a value out of the directory its path names.';
    if (!isInside(real, dir, root.platform))
        return fail(`resolves to ${real}, outside the ${root.name} (${dir}): ${rule}`);
    const excluded = root.excluded === undefined ? undefined : realPathOrSelf(root.excluded);
    if (excluded !== undefined && isInside(real, excluded, root.platform)) {
        return fail(`resolves to ${real}, inside RUNNER_TEMP (${excluded}), which is outside what a workspace path may reach (actions/checkout keeps credentials there): ${rule}`);
    }
    return real;
}
/** A root as the file system resolves it (the workspace may lie behind a link, as /tmp does on macOS). */
function realPathOrSelf(dir) {
    try {
        return external_node_fs_.realpathSync.native(dir);
    }
    catch {
        return dir;
    }
}
function describeFsError(error) {
    const code = error.code ?? 'unknown error';
    switch (code) {
        case 'ENOENT':
            return 'no such file (ENOENT; paths are relative to the workspace)';
        case 'EACCES':
        case 'EPERM':
            return `permission denied (${code})`;
        case 'ENOTDIR':
            return 'a part of the path is not a directory (ENOTDIR)';
        case 'EISDIR':
            return 'it is a directory (EISDIR)';
        case 'ELOOP':
            return 'too many symbolic links, a loop? (ELOOP)';
        default:
            return code;
    }
}

;// CONCATENATED MODULE: external "node:net"
const external_node_net_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");
// EXTERNAL MODULE: ../node_modules/hpagent/index.js
var hpagent = __nccwpck_require__(5455);
;// CONCATENATED MODULE: ../node_modules/hpagent/index.mjs


/* harmony default export */ const node_modules_hpagent = ((/* unused pure expression or super */ null && (mod)));
const HttpProxyAgent = hpagent.HttpProxyAgent
const HttpsProxyAgent = hpagent.HttpsProxyAgent

;// CONCATENATED MODULE: ../src/proxy.ts
/**
 * Agents that send the AWS calls through a forward proxy, except to the hosts that NO_PROXY names,
 * as curl and botocore do: an https endpoint through a CONNECT tunnel (hpagent), an http endpoint
 * as a plain request in absolute form (`POST http://host:port/ HTTP/1.1` to the proxy). Tunnelling
 * http too would fail behind squid, whose default rules allow CONNECT only to port 443. The choice
 * is made per request, so it holds whichever endpoint the SDK resolves (`endpoint-url`,
 * AWS_ENDPOINT_URL*, or the regional default).
 *
 * Node 24.5+ has proxy agents of its own (`proxyEnv`), and they were considered: their NO_PROXY
 * matching is not curl's (`example.com` does not cover its subdomains, spaces do not separate),
 * a request cannot be handed from one agent to the other once created (Node fixes the request
 * line by the agent it was created with), and an older Node 24 ignores the option silently and
 * connects directly.
 */





/** Agents for the schemes that have a proxy; a scheme without one keeps the SDK's own agent. */
function proxyAgents(proxy, noProxy, options) {
    const bypass = (o) => bypassesProxy(noProxy, String(o.hostname ?? o.host ?? ''), Number(o.port ?? 0));
    class HttpsAgent extends HttpsProxyAgent {
        createConnection(o, callback) {
            if (bypass(o))
                return external_node_https_.Agent.prototype.createConnection.call(this, o, callback);
            return HttpsProxyAgent.prototype.createConnection.call(this, o, callback);
        }
    }
    const connect = connectionOptions(options);
    return {
        ...(proxy.http ? { httpAgent: absoluteFormAgent(new URL(proxy.http), bypass, options) } : {}),
        ...(proxy.https
            ? // hpagent opens the connection to the proxy with proxyRequestOptions, not the agent's own.
                // (Its typings know only ca, headers and rejectUnauthorized; it passes any option on.)
                {
                    httpsAgent: new HttpsAgent({
                        ...options,
                        proxy: proxy.https,
                        proxyRequestOptions: { ...connect, ...tlsTrust(options) }
                    })
                }
            : {})
    };
}
/** The options that shape how a TCP connection is made (not TLS), passed to the proxy's connection too. */
function connectionOptions(options) {
    return options.autoSelectFamilyAttemptTimeout === undefined
        ? {}
        : { autoSelectFamilyAttemptTimeout: options.autoSelectFamilyAttemptTimeout };
}
/** The CAs trusted for the endpoint are trusted for an https:// proxy too. */
function tlsTrust(options) {
    return options.ca === undefined ? {} : { ca: options.ca };
}
/**
 * An http.Agent that sends each request not bypassed to the proxy, its request line in absolute
 * form and with the proxy's credentials, over connections to the proxy that it keeps alive.
 */
function absoluteFormAgent(proxy, bypass, options) {
    const proxyHost = proxy.hostname.replace(/^\[(.*)\]$/, '$1');
    const proxyPort = Number(proxy.port) || (proxy.protocol === 'https:' ? 443 : 80);
    const authorization = proxy.username
        ? `Basic ${Buffer.from(`${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`).toString('base64')}`
        : undefined;
    class AbsoluteFormAgent extends external_node_http_.Agent {
        // addRequest is where Node hands a request to its agent, before the request line is written.
        addRequest(req, o) {
            if (bypass(o))
                return external_node_http_.Agent.prototype.addRequest.call(this, req, o);
            const host = String(o.hostname ?? o.host ?? '');
            const target = `${host.includes(':') && !host.startsWith('[') ? `[${host}]` : host}:${Number(o.port ?? 80)}`;
            req.path = `http://${target}${req.path}`;
            if (authorization)
                req.setHeader('proxy-authorization', authorization);
            const toProxy = {
                ...o,
                host: proxyHost,
                hostname: proxyHost,
                port: proxyPort,
                ...(proxy.protocol === 'https:' ? { proxyTls: true } : {})
            };
            return external_node_http_.Agent.prototype.addRequest.call(this, req, toProxy);
        }
        createConnection(o, callback) {
            if (!o.proxyTls)
                return external_node_http_.Agent.prototype.createConnection.call(this, o, callback);
            const servername = (0,external_node_net_namespaceObject.isIP)(proxyHost) ? {} : { servername: proxyHost };
            return external_node_tls_namespaceObject.connect({
                ...o,
                host: proxyHost,
                port: proxyPort,
                ...servername,
                ...tlsTrust(options)
            });
        }
    }
    return new AbsoluteFormAgent({ keepAlive: options.keepAlive ?? true, ...connectionOptions(options) });
}
/**
 * NO_PROXY as curl reads it: comma- or space-separated hosts, each matching itself and its
 * subdomains (a leading `.` or `*.` is allowed), optionally with `:port`; `*` matches all.
 */
function bypassesProxy(noProxy, host, port) {
    const target = host
        .toLowerCase()
        .replace(/^\[(.*)\]$/, '$1')
        .replace(/\.$/, '');
    for (const raw of noProxy.split(/[\s,]+/)) {
        const entry = raw.trim().toLowerCase();
        if (!entry)
            continue;
        if (entry === '*')
            return true;
        const [name, entryPort] = splitHostPort(entry);
        if (!name || (entryPort !== undefined && entryPort !== port))
            continue;
        if (target === name || target.endsWith(`.${name}`))
            return true;
    }
    return false;
}
/** `host`, `host:port`, `[v6]`, `[v6]:port` or a bare IPv6 address; the name without `*.`/`.` prefix. */
function splitHostPort(entry) {
    const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(entry);
    let name = entry;
    let port;
    if (bracketed)
        [, name = '', port] = bracketed;
    else if (entry.split(':').length === 2)
        [name = '', port] = entry.split(':');
    return [name.replace(/^\*?\./, '').replace(/\.$/, ''), port ? Number(port) : undefined];
}

;// CONCATENATED MODULE: ../src/version.ts
/** The action's name and version, as the user agent reports them. A test keeps them equal to package.json's. */
const ACTION_NAME = 'aws-secretsmanager-update-secret';
const ACTION_VERSION = '1.0.0';

;// CONCATENATED MODULE: ../src/client.ts
/**
 * Builds the SecretsManagerClient for this run: region, endpoint, the SDK's standard retry
 * strategy, timeouts that really abort, a proxy and extra CAs when configured, and a user agent
 * that tells CloudTrail which workflow run wrote the secret.
 */










async function createClient(settings, run) {
    const agents = await createAgents(settings);
    const client = new SecretsManagerClient({
        region: settings.region,
        ...(settings.endpointUrl ? { endpoint: settings.endpointUrl } : {}),
        maxAttempts: settings.maxAttempts,
        retryMode: 'standard',
        customUserAgent: userAgent(run),
        requestHandler: {
            connectionTimeout: settings.connectTimeoutMs,
            requestTimeout: settings.readTimeoutMs,
            // Without this, requestTimeout only logs a warning and the call waits on.
            throwOnRequestTimeout: true,
            ...agents
        },
        // The SDK's timers stop at the headers (requestTimeout) or watch only for silence
        // (socketTimeout): a body that trickles in would hold the attempt for as long as it lasts.
        streamCollector: (body) => collectBody(boundBody(body), settings.readTimeoutMs)
        // No `logger`: the SDK's debug logging can print request fields, which hold the value.
    });
    client.middlewareStack.add(nameOperation, { step: 'initialize', name: 'nameOperation' });
    return client;
}
/**
 * Reads a response body into bytes, as the SDK's default collector does, within `timeoutMs` when
 * given (`read-timeout`). A body still incomplete by then is abandoned (its socket destroyed) with
 * a TimeoutError, which the SDK's standard retry strategy retries like any other timeout.
 *
 * The SDK's default collector first asks whether the body is a web ReadableStream, and the mere
 * mention of the global makes Node load its web streams (a few internal modules, half a megabyte)
 * on every run, though the SDK's Node HTTP handler always answers with a Node stream. Anything
 * else goes through the web Response.
 */
function collectBody(body, timeoutMs) {
    if (!(body instanceof external_node_stream_.Readable)) {
        return new Response(body)
            .arrayBuffer()
            .then((buffer) => new Uint8Array(buffer));
    }
    return new Promise((resolve, reject) => {
        const chunks = [];
        const timer = timeoutMs === undefined
            ? undefined
            : setTimeout(() => {
                const error = new Error(`The answer's body did not arrive within ${timeoutMs} ms (read-timeout).`);
                body.destroy(Object.assign(error, { name: 'TimeoutError', code: 'ETIMEDOUT' }));
            }, timeoutMs);
        body.on('data', (chunk) => chunks.push(chunk));
        body.on('error', (error) => {
            clearTimeout(timer);
            reject(error);
        });
        body.on('end', () => {
            clearTimeout(timer);
            // A fresh array, not a slice of Buffer's shared pool: the SDK re-types the bytes it gets.
            const bytes = new Uint8Array(chunks.reduce((n, chunk) => n + chunk.length, 0));
            let offset = 0;
            for (const chunk of chunks) {
                bytes.set(chunk, offset);
                offset += chunk.length;
            }
            resolve(bytes);
        });
    });
}
/** Tags every error with the operation that failed, so that the failure message can name it. */
const nameOperation = (next, context) => async (args) => {
    try {
        return await next(args);
    }
    catch (error) {
        if (typeof error === 'object' && error !== null && context.commandName) {
            Object.assign(error, { operation: context.commandName.replace(/Command$/, '') });
        }
        throw error;
    }
};
/** `[name, version]` pairs appended to the SDK's user agent, as CloudTrail records it. */
function userAgent(run) {
    const pairs = [[ACTION_NAME, ACTION_VERSION]];
    if (run?.repository)
        pairs.push(['gha-repo', run.repository.replace('/', '.')]);
    if (run?.runId)
        pairs.push(['gha-run', `${run.runId}-${run.runAttempt || 1}`]);
    return pairs;
}
/**
 * The time Node gives each address of a name before it tries the next (`autoSelectFamily`, happy
 * eyeballs): a quarter of `connect-timeout`, from Node's own 250 ms up to 2.5 s. Node's 250 ms
 * fails endpoints whose handshake takes longer (nodejs/node#54359: far regions, a lost SYN, which
 * Linux resends after 1 s); 2.5 s outlasts one lost SYN, and a quarter of the budget lets a dead
 * address (an IPv6 route that goes nowhere) cost at most that much, so that the next address
 * still has three quarters of `connect-timeout` to connect.
 */
function familyAttemptTimeout(connectTimeoutMs) {
    return Math.min(2500, Math.max(250, Math.floor(connectTimeoutMs / 4)));
}
/** The agents of every run: the per-address connect time, and the proxy and extra CAs when configured. */
async function createAgents(settings) {
    // Node's default set (its bundled roots plus NODE_EXTRA_CA_CERTS) and the bundle's CAs.
    const ca = settings.caBundle ? [...(0,external_node_tls_namespaceObject.getCACertificates)('default'), readCaBundle(settings.caBundle)] : undefined;
    const options = {
        keepAlive: true,
        autoSelectFamilyAttemptTimeout: familyAttemptTimeout(settings.connectTimeoutMs),
        ...(ca ? { ca } : {})
    };
    let agents = {};
    if (settings.httpProxy || settings.httpsProxy) {
        agents = proxyAgents({ http: settings.httpProxy, https: settings.httpsProxy }, settings.noProxy, options);
    }
    return {
        httpAgent: agents.httpAgent ?? new external_node_http_.Agent(options),
        httpsAgent: agents.httpsAgent ?? new external_node_https_.Agent(options)
    };
}
/** A CA bundle of every public root is about 0.2 MiB: 16 MiB is generous, and bounds the heap. */
const MAX_CA_BUNDLE_BYTES = 16 * 1024 * 1024;
function readCaBundle({ path, from }) {
    // The error names the input even when the path came from AWS_CA_BUNDLE, and says so.
    const origin = from === 'AWS_CA_BUNDLE' ? 'AWS_CA_BUNDLE' : undefined;
    const pem = readSmallFile(path, {
        input: 'ca-bundle',
        maxBytes: MAX_CA_BUNDLE_BYTES,
        ...(origin ? { origin } : {})
    }).toString('utf8');
    if (!pem.includes('-----BEGIN CERTIFICATE-----')) {
        throw new InputError('ca-bundle', `${path}${origin ? ` (taken from ${origin})` : ''} holds no PEM certificate (-----BEGIN CERTIFICATE-----).`);
    }
    return pem;
}

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
            if ((0,external_fs_namespaceObject.existsSync)(process.env.GITHUB_EVENT_PATH)) {
                this.payload = JSON.parse((0,external_fs_namespaceObject.readFileSync)(process.env.GITHUB_EVENT_PATH, { encoding: 'utf8' }));
            }
            else {
                const path = process.env.GITHUB_EVENT_PATH;
                process.stdout.write(`GITHUB_EVENT_PATH ${path} does not exist${external_os_namespaceObject.EOL}`);
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

// EXTERNAL MODULE: ../node_modules/@aws-sdk/core/dist-es/submodules/client/util-endpoints/lib/aws/partition.js + 1 modules
var partition = __nccwpck_require__(8575);
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
            throw new InputError('secrets', `line ${line} has no source: write the secret's name or ARN, whitespace, then env:NAME, file:PATH or binary-file:PATH.`);
        }
        const secretId = content.slice(0, split.index);
        const source = parseSource(content.slice(split.index + split[0].length), line);
        const first = seen.get(secretId);
        if (first !== undefined)
            throw new InputError('secrets', `line ${line} names the same secret as line ${first}.`);
        seen.set(secretId, line);
        parsed.push({ line, secretId, source });
    }
    if (parsed.length === 0)
        throw new InputError('secrets', 'lists no secret (every line is blank or a comment).');
    if (parsed.length > MAX_SECRETS) {
        throw new InputError('secrets', `lists ${parsed.length} secrets; one step writes at most ${MAX_SECRETS}.`);
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
                throw new InputError('secrets', `line ${line}: env: needs an environment variable name (letters, digits and _, not starting with a digit).`);
            }
            return { kind: 'env', name: rest };
        case 'file':
        case 'binary-file':
            if (rest === '')
                throw new InputError('secrets', `line ${line}: ${kind}: needs a path (relative to the workspace).`);
            return { kind: 'file', path: rest, binary: kind === 'binary-file' };
        default:
            throw new InputError('secrets', `line ${line}: the source must be env:NAME, file:PATH or binary-file:PATH.`);
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
    'read-timeout': '60'
};
/** Secrets Manager's limits on the fields we send. */
const MAX_DESCRIPTION = 2048;
const MAX_KMS_KEY_ID = 2048;
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
    'promote-stage'
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
const ARN = /^arn:([a-z][a-z0-9-]*):secretsmanager:([^:]+):(\d{12}):secret:(.+)$/;
/** Strict base64: whole 4-character groups, padding only at the end. Line breaks are removed first. */
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
function parseArn(id) {
    const m = ARN.exec(id);
    if (!m)
        return undefined;
    return { partition: m[1], region: m[2], account: m[3], name: m[4] };
}
/**
 * The partition of a region, from the SDK's partition data: a region it knows by name, or one
 * that a partition's pattern matches (a region newer than the SDK). Undefined for anything else.
 * The SDK's lookup puts every unknown string in `aws` by default, so a region that reaches `aws`
 * only that way must at least look like an `aws` region name (two letters, a name, a number).
 * Pseudo-regions such as `aws-global` have no Secrets Manager endpoint and are not accepted.
 */
function regionPartition(region) {
    if (!/^[a-z]+(?:-[a-z]+)+-\d+$/.test(region) || region.endsWith('-global'))
        return undefined;
    const found = (0,partition/* partition */.jB)(region);
    if (found.description !== undefined || found.name !== 'aws' || /^[a-z]{2}(?:-[a-z]+)+-\d{1,2}$/.test(region))
        return found.name;
    return undefined;
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
    const value = report === 'single' ? named[0].value : undefined;
    const description = optional('description');
    if (description !== undefined && description.length > MAX_DESCRIPTION) {
        throw new InputError('description', `is longer than ${MAX_DESCRIPTION} characters.`);
    }
    const kmsKeyId = optional('kms-key-id');
    if (kmsKeyId !== undefined && kmsKeyId.length > MAX_KMS_KEY_ID) {
        throw new InputError('kms-key-id', `is longer than ${MAX_KMS_KEY_ID} characters.`);
    }
    const skipUnchanged = booleanInput(get, 'skip-unchanged');
    const dryRun = booleanInput(get, 'dry-run');
    const createIfMissing = booleanInput(get, 'create-if-missing');
    const clientRequestToken = optional('client-request-token');
    const promote = readPromotion(optional('promote-version-id'), optional('promote-stage'));
    if (promote)
        refuseWithPromotion(inputs, promote, value, { jsonMerge, createIfMissing, skipUnchanged });
    const generatePassword = readGeneratedPassword(inputs, value, jsonMerge);
    const hasValue = value !== undefined || generatePassword !== undefined || report === 'results';
    if (!hasValue && description === undefined && !kmsKeyId && !promote && tags.length === 0) {
        throw new InputError('secret-string', 'nothing to update: give a value (`secret-string`, `secret-binary`, `value-from-file` or `generate-password`), ' +
            'a `description`, a `kms-key-id`, `tags`, or a version to promote (`promote-version-id`, `promote-stage`).');
    }
    if (valueFormat === 'dotenv' && report === 'single') {
        if (!value)
            throw new InputError('value-format', '`dotenv` reads a text value: give it in `secret-string` or `value-from-file`.');
        if (isBinary(value)) {
            throw new InputError('value-format', '`dotenv` reads text: it cannot be used with `secret-binary` or `binary: true`.');
        }
    }
    if (clientRequestToken !== undefined)
        checkClientRequestToken(clientRequestToken, hasValue);
    const versionStages = readVersionStages(optional('version-stages'));
    if (versionStages && !hasValue) {
        throw new InputError('version-stages', 'labels a new version, so it needs a value (`secret-string`, `secret-binary`, `value-from-file` or `generate-password`).');
    }
    const region = readRegion(get('region'), inputs.env, named);
    if (jsonMerge && report === 'single') {
        if (!hasValue) {
            throw new InputError('json-merge', 'needs a JSON patch in `secret-string` or `value-from-file`, or `generate-password` with `password-key`.');
        }
        if (value && isBinary(value)) {
            throw new InputError('json-merge', 'merges JSON text: it cannot be used with `secret-binary` or `binary: true`.');
        }
        if (clientRequestToken) {
            throw new InputError('client-request-token', 'cannot be used with `json-merge`, which writes one version per attempt and names each itself.');
        }
    }
    const targets = named.map(({ secretId, arn, line, value }) => ({
        secretId,
        arn,
        line,
        write: writeOf(promote, jsonMerge, versionStages, clientRequestToken, value ?? passwordSource(generatePassword)),
        description,
        kmsKeyId,
        tags,
        skipUnchanged,
        createIfMissing
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
        throw new InputError('secret-id', 'is required: give the name or ARN of the secret (or several secrets in `secrets`).');
    }
    const arn = checkSecretId(secretId, MAX_SECRET_ID, (detail) => new InputError('secret-id', detail));
    if (arn)
        checkArnPartition(arn, (detail) => new InputError('secret-id', detail));
    return { secretId, arn, line: undefined, value: readValueSource(inputs) };
}
/** `secrets` names each secret and its value on a line of its own: the single-secret inputs are refused. */
function refuseWithSecrets(inputs) {
    for (const name of NOT_WITH_SECRETS) {
        // `secret-string` as given: spaces alone are a value too.
        if ((name === 'secret-string' ? inputs.raw(name) : inputs.get(name)) !== '') {
            throw new InputError(name, 'cannot be combined with `secrets`, which names each secret and its value on a line of its own.');
        }
    }
    if (booleanInput(inputs.get, 'binary')) {
        throw new InputError('binary', 'cannot be combined with `secrets`: write binary-file:PATH on the line instead.');
    }
    if (booleanInput(inputs.get, 'generate-password')) {
        throw new InputError('generate-password', 'cannot be combined with `secrets`: each secret takes its value from its line.');
    }
}
/**
 * `secrets`: every line parsed and each source resolved (environment variables read here, the
 * only module that reads them), before any file is read or any request made.
 */
function readSecretsLines(inputs, text, valueFormat, jsonMerge) {
    return parseSecretsList(text).map((line) => {
        const at = `line ${line.line}`;
        const fail = (detail) => new InputError('secrets', `${at}: ${detail}`);
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
        throw new InputError(name, `cannot be combined with \`${conflict}\`: a promotion moves AWSCURRENT to a version that exists and writes no value.`);
    }
}
function checkClientRequestToken(token, hasValue) {
    if (token.length < 32 || token.length > 64) {
        throw new InputError('client-request-token', `must be 32 to 64 characters long (got ${token.length}).`);
    }
    if (!VERSION_ID.test(token)) {
        throw new InputError('client-request-token', 'may contain only printable ASCII characters without spaces.');
    }
    if (!hasValue)
        throw new InputError('client-request-token', 'names a new version, so it needs a value to send.');
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
        throw new InputError(given[1], `cannot be combined with \`${given[0]}\`: give exactly one value source.`);
    }
    if (binary && !file) {
        throw new InputError('binary', 'applies only to `value-from-file`; for base64 text use `secret-binary`.');
    }
    if (text)
        return { kind: 'string', text };
    if (base64)
        return { kind: 'base64', bytes: decodeBase64(base64) };
    if (file) {
        const confined = valueFile(inputs.source.env, file, (reason) => new InputError('value-from-file', reason));
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
        throw new InputError('region', single
            ? 'is not set: give `region`, set AWS_REGION (aws-actions/configure-aws-credentials does), or use a full ARN as `secret-id`.'
            : 'is not set: give `region`, set AWS_REGION (aws-actions/configure-aws-credentials does), or name the secrets by ARN.');
    }
    if (regionPartition(region) === undefined) {
        const taken = from === 'AWS_REGION' || from === 'AWS_DEFAULT_REGION' ? ` (taken from ${from})` : '';
        const input = from === arnInput ? arnInput : 'region';
        const where = from === 'secret-id' ? ' in the ARN' : '';
        throw new InputError(input, `"${region}"${where}${taken} is not an AWS region name (such as us-east-1).`);
    }
    for (const { arn, line } of arns) {
        if (arn.region === region)
            continue;
        throw line === undefined
            ? new InputError('region', `is ${region}, but the ARN in \`secret-id\` names region ${arn.region}: give the ARN's region, or leave \`region\` empty.`)
            : new InputError('secrets', `line ${line}: the ARN is in ${arn.region}, but the step writes to ${region}: one step writes to one region.`);
    }
    for (const { arn, line } of arns) {
        if (line !== undefined)
            checkArnPartition(arn, (detail) => new InputError('secrets', `line ${line}: ${detail}`));
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
        throw new InputError('version-stages', 'names no label: give 1 to 20, such as AWSPENDING.');
    if (stages.length > MAX_STAGES)
        throw new InputError('version-stages', `has ${stages.length} labels; Secrets Manager takes at most ${MAX_STAGES}.`);
    for (const stage of stages) {
        checkLabel('version-stages', stage);
        if (stage === AWSCURRENT) {
            throw new InputError('version-stages', 'cannot hold AWSCURRENT: leave `version-stages` empty to make the new version current.');
        }
        if (stage === AWSPREVIOUS) {
            throw new InputError('version-stages', 'cannot hold AWSPREVIOUS: Secrets Manager moves it itself when AWSCURRENT moves.');
        }
    }
    const twice = stages.find((stage, i) => stages.indexOf(stage) !== i);
    if (twice !== undefined)
        throw new InputError('version-stages', `names ${twice} twice.`);
    return stages;
}
function checkLabel(name, label) {
    if (label.length > MAX_STAGE_LENGTH)
        throw new InputError(name, `has a label longer than ${MAX_STAGE_LENGTH} characters.`);
    if (!LABEL.test(label))
        throw new InputError(name, 'may hold only printable ASCII characters.');
}
function readPromotion(versionId, stage) {
    if (versionId !== undefined && stage !== undefined) {
        throw new InputError('promote-stage', 'cannot be combined with `promote-version-id`: name the version to promote one way.');
    }
    if (versionId !== undefined) {
        if (!VERSION_ID.test(versionId)) {
            throw new InputError('promote-version-id', 'is not a version id (32 to 64 printable ASCII characters without spaces).');
        }
        return { kind: 'version-id', versionId };
    }
    if (stage !== undefined) {
        checkLabel('promote-stage', stage);
        if (stage === AWSCURRENT) {
            throw new InputError('promote-stage', "names AWSCURRENT, the label a promotion moves: name the version's label, such as AWSPENDING or AWSPREVIOUS.");
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
            throw new InputError(given, 'applies only with `generate-password: true`.');
        return undefined;
    }
    if (value?.kind === 'base64' || value?.kind === 'file') {
        const other = value.kind === 'base64' ? 'secret-binary' : 'value-from-file';
        throw new InputError('generate-password', `cannot be combined with \`${other}\`: the generated password is the value.`);
    }
    if (value?.kind === 'string' && !jsonMerge) {
        throw new InputError('generate-password', 'cannot be combined with `secret-string` without `json-merge`: the generated password is the whole value. ' +
            'With `json-merge`, `secret-string` is the rest of the patch and `password-key` the key of the password.');
    }
    if (jsonMerge && key === undefined) {
        throw new InputError('password-key', 'is required with `generate-password` and `json-merge`: name the key that receives the password.');
    }
    if (!jsonMerge && key !== undefined) {
        throw new InputError('password-key', 'applies only with `json-merge`: without it the generated password is the whole value.');
    }
    const rules = { length, excludeCharacters, excludePunctuation };
    if (passwordClasses(rules).length === 0) {
        throw new InputError('password-exclude-characters', `leaves no character to make a password from${excludePunctuation ? ' (with `password-exclude-punctuation`)' : ''}.`);
    }
    if (env !== undefined) {
        if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(env)) {
            throw new InputError('password-env', 'is not an environment variable name (letters, digits and _, not starting with a digit).');
        }
        const refusal = passwordEnvRefusal(env);
        if (refusal !== undefined)
            throw new InputError('password-env', refusal);
    }
    return { rules, key, env };
}
/** Decodes strict base64 (line breaks allowed, as `base64` wraps its output). Never echoes the input. */
function decodeBase64(text) {
    const compact = text.replace(/[\r\n]/g, '');
    if (!BASE64.test(compact)) {
        throw new InputError('secret-binary', 'is not valid base64 (standard alphabet, padded with `=`).');
    }
    const bytes = Buffer.from(compact, 'base64');
    // Non-zero bits after the last full byte make a string that decodes but is not canonical.
    if (bytes.toString('base64') !== compact) {
        throw new InputError('secret-binary', 'is not canonical base64: its last character has stray bits.');
    }
    if (bytes.length === 0)
        throw new InputError('secret-binary', 'decodes to zero bytes.');
    if (bytes.length > MAX_VALUE_BYTES) {
        throw new InputError('secret-binary', `decodes to ${bytes.length} bytes; Secrets Manager takes at most ${MAX_VALUE_BYTES}.`);
    }
    return bytes;
}
/** A value file's absolute path and the root it must stay in (value-path.ts), else `fail`. */
function valueFile(env, file, fail) {
    const workspace = env.GITHUB_WORKSPACE || process.cwd();
    const confined = confineValuePath(file, {
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
    throw new InputError(name, 'must be `true` or `false`.');
}
function enumInput(input, name, allowed) {
    const raw = input(name);
    if (allowed.includes(raw))
        return raw;
    throw new InputError(name, `must be ${allowed.map((a) => `\`${a}\``).join(' or ')}.`);
}
function integerInput(input, name, min, max) {
    const raw = input(name);
    if (!/^\d+$/.test(raw))
        throw new InputError(name, `must be a whole number from ${min} to ${max}.`);
    const n = Number(raw);
    if (n < min || n > max)
        throw new InputError(name, `must be a whole number from ${min} to ${max}.`);
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
        throw new InputError(name, `is not a valid URL${secret ? '' : ` (${withoutUserInfo(raw)})`}${what}.`);
    }
    if (!schemes.includes(url.protocol)) {
        throw new InputError(name, `must be an ${schemes.map((s) => s.replace(':', '')).join(' or ')} URL${what}.`);
    }
    if (!url.hostname)
        throw new InputError(name, `has no host${what}.`);
    try {
        decodeURIComponent(url.username);
        decodeURIComponent(url.password);
    }
    catch {
        throw new InputError(name, `has a malformed %-escape in its user name or password${what}.`);
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
        ...outcome.labels.map((move) => `${outcome.dryRun ? 'Would move' : 'Moved'} label ${labelLine(move)}.`)
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
            ? `${would ? 'would be stored' : 'stored'} as the first version, labelled ${labels} and AWSCURRENT too (Secrets Manager makes a first version AWSCURRENT whatever its labels)`
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
    const load = (source) => loadValue(source, { format: options.format, line: target.line }, options.password);
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
        ? new InputError(inputOf(source), detail)
        : new InputError('secrets', `line ${line} (${describeSource(source)}) ${detail}`);
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
        throw new InputError('password-key', `names a key the \`secret-string\` patch sets too: the generated password goes under ${key}, leave it out of the patch.`);
    }
    const text = JSON.stringify({ ...rest, [key]: password.text });
    checkSize(Buffer.byteLength(text, 'utf8'), (detail) => new InputError('password-length', `makes the patch too big: it ${detail}`), ' with the password');
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
        return readSmallFile(file, { input: 'value-from-file', maxBytes: MAX_VALUE_BYTES, root });
    }
    catch (error) {
        // Named as the value's source: `value-from-file`, or the `secrets` line.
        if (error instanceof InputError)
            throw fail(error.detail);
        throw error;
    }
}
function checkSize(bytes, fail, what = '') {
    if (bytes === 0)
        throw fail('is empty: a secret value has 1 to 65536 bytes.');
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
        const client = await createClient(settings, context);
        const cancel = new AbortController();
        stopListening = onCancel((signal) => cancel.abort(signal));
        runner_info(startLine(settings, requests.length));
        if (password) {
            runner_info(`Generated a password of ${password.text.length} characters (masked; never printed or output).`);
        }
        let results;
        try {
            results = await writeAll(client, requests, (request) => reporter(settings.report, request, mask), {
                dryRun: settings.dryRun,
                maxConcurrency: settings.maxConcurrency,
                // A generated version id must not contain a registered mask (see version-id.ts).
                newToken: (kind) => newVersionId(kind, [...masks]),
                staleLabelMs: mergeTimeBoundMs(settings),
                signal: cancel.signal,
                stopWaitMs: INTERRUPT_WAIT_MS
            });
        }
        catch (error) {
            if (!(error instanceof PlanFailedError) || cancel.signal.aborted)
                throw error;
            throw new ActionError(planFailureOf(error.secretId, error.message, requests.length, settings.report));
        }
        finally {
            stopListening();
        }
        if (cancel.signal.aborted) {
            // A cancelled run's calls fail too ("stopped before the next call"): the cancellation says it all.
            fail(cancelMessage(String(cancel.signal.reason), results, settings.report));
            process.exit();
        }
        report(settings, results, password, masks, context);
    }
    catch (error) {
        stopListening();
        fail(failureMessage(error));
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
function reporter(report, request, mask) {
    const prefix = report === 'single' ? '' : `${request.secretId}: `;
    return {
        info: (message) => runner_info(`${prefix}${message}`),
        warning: (message) => runner_warning(`${prefix}${message}`),
        mask: (value) => mask(masksFor(value))
    };
}
/** The log, the password handed on, the outputs and the summary; then the failure, if a write failed. */
function report(settings, all, password, masks, context) {
    // Failure reasons come from AWS answers: redacted like any failure message.
    const results = all.map((r) => r.result.status === 'failed' ? { ...r, result: { ...r.result, reason: redact(r.result.reason, [...masks]) } } : r);
    for (const line of logLines(results, settings.report))
        runner_info(line);
    const failure = failureOf(results, settings.report);
    // One secret that failed: its error is the report.
    if (failure && settings.report === 'single')
        throw new ActionError(failure);
    const done = writtenText(results, settings.report);
    const env = settings.generatePassword?.env;
    const first = results[0]?.result;
    // Only a run that wrote the password hands it on, and only through the environment, never an output.
    if (env && password && first?.status === 'done' && !first.outcome.dryRun && first.outcome.value === 'new-version') {
        afterWrite(done, 'environment', () => {
            if (runner_exportVariable(env, password.text)) {
                runner_info(`The generated password is in the environment variable ${env} of the later steps of this job (masked).`);
            }
            else {
                runner_warning(`\`password-env\`: there is no GITHUB_ENV file (not a runner?), so ${env} was not exported.`);
            }
        });
    }
    afterWrite(done, 'outputs', () => setOutputs(outputsOf(results, settings.report), masks));
    afterWrite(done, 'summary', () => appendSummary(renderSummary(results, settings.report, context)));
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
        const reason = error.code ?? errorMessage(error);
        const rerun = done.rerun ? ' Do not rerun this step to write it again: that would make another version.' : '';
        if (what === 'summary') {
            runner_warning(`${done.text} The job summary could not be written (${String(reason)}).${rerun}`);
            return;
        }
        const lost = what === 'environment'
            ? `the generated password could not be exported to the later steps with \`password-env\` (${String(reason)})`
            : `the step outputs could not be written (${String(reason)}), so later steps will not get them`;
        throw new ActionError(`${done.text} But ${lost}.${rerun}`);
    }
}


/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(4328);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
