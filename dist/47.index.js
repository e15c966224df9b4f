export const id = 47;
export const ids = [47];
export const modules = {

/***/ 1047:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $Command: () => (/* reexport */ command/* Command */.u),
  APIErrorType$: () => (/* reexport */ schemas_0/* APIErrorType$ */.rJ),
  BatchGetSecretValue$: () => (/* reexport */ schemas_0/* BatchGetSecretValue$ */.eP),
  BatchGetSecretValueCommand: () => (/* reexport */ BatchGetSecretValueCommand),
  BatchGetSecretValueRequest$: () => (/* reexport */ schemas_0/* BatchGetSecretValueRequest$ */.nJ),
  BatchGetSecretValueResponse$: () => (/* reexport */ schemas_0/* BatchGetSecretValueResponse$ */.zU),
  CancelRotateSecret$: () => (/* reexport */ schemas_0/* CancelRotateSecret$ */._Q),
  CancelRotateSecretCommand: () => (/* reexport */ CancelRotateSecretCommand),
  CancelRotateSecretRequest$: () => (/* reexport */ schemas_0/* CancelRotateSecretRequest$ */.BH),
  CancelRotateSecretResponse$: () => (/* reexport */ schemas_0/* CancelRotateSecretResponse$ */.Rw),
  CreateSecret$: () => (/* reexport */ schemas_0/* CreateSecret$ */.Vr),
  CreateSecretCommand: () => (/* reexport */ CreateSecretCommand/* CreateSecretCommand */._),
  CreateSecretRequest$: () => (/* reexport */ schemas_0/* CreateSecretRequest$ */.qh),
  CreateSecretResponse$: () => (/* reexport */ schemas_0/* CreateSecretResponse$ */.ut),
  DecryptionFailure: () => (/* reexport */ errors/* DecryptionFailure */.it),
  DecryptionFailure$: () => (/* reexport */ schemas_0/* DecryptionFailure$ */.YS),
  DeleteResourcePolicy$: () => (/* reexport */ schemas_0/* DeleteResourcePolicy$ */.cf),
  DeleteResourcePolicyCommand: () => (/* reexport */ DeleteResourcePolicyCommand),
  DeleteResourcePolicyRequest$: () => (/* reexport */ schemas_0/* DeleteResourcePolicyRequest$ */.r),
  DeleteResourcePolicyResponse$: () => (/* reexport */ schemas_0/* DeleteResourcePolicyResponse$ */.lg),
  DeleteSecret$: () => (/* reexport */ schemas_0/* DeleteSecret$ */.uV),
  DeleteSecretCommand: () => (/* reexport */ DeleteSecretCommand),
  DeleteSecretRequest$: () => (/* reexport */ schemas_0/* DeleteSecretRequest$ */.XV),
  DeleteSecretResponse$: () => (/* reexport */ schemas_0/* DeleteSecretResponse$ */.HG),
  DescribeSecret$: () => (/* reexport */ schemas_0/* DescribeSecret$ */.oB),
  DescribeSecretCommand: () => (/* reexport */ DescribeSecretCommand/* DescribeSecretCommand */.X),
  DescribeSecretRequest$: () => (/* reexport */ schemas_0/* DescribeSecretRequest$ */.p7),
  DescribeSecretResponse$: () => (/* reexport */ schemas_0/* DescribeSecretResponse$ */.vp),
  EncryptionFailure: () => (/* reexport */ errors/* EncryptionFailure */.qJ),
  EncryptionFailure$: () => (/* reexport */ schemas_0/* EncryptionFailure$ */.A0),
  ExternalSecretRotationMetadataItem$: () => (/* reexport */ schemas_0/* ExternalSecretRotationMetadataItem$ */.go),
  Filter$: () => (/* reexport */ schemas_0/* Filter$ */.X$),
  FilterNameStringType: () => (/* reexport */ FilterNameStringType),
  GetRandomPassword$: () => (/* reexport */ schemas_0/* GetRandomPassword$ */.$u),
  GetRandomPasswordCommand: () => (/* reexport */ GetRandomPasswordCommand),
  GetRandomPasswordRequest$: () => (/* reexport */ schemas_0/* GetRandomPasswordRequest$ */.k0),
  GetRandomPasswordResponse$: () => (/* reexport */ schemas_0/* GetRandomPasswordResponse$ */.ge),
  GetResourcePolicy$: () => (/* reexport */ schemas_0/* GetResourcePolicy$ */.j4),
  GetResourcePolicyCommand: () => (/* reexport */ GetResourcePolicyCommand),
  GetResourcePolicyRequest$: () => (/* reexport */ schemas_0/* GetResourcePolicyRequest$ */.cE),
  GetResourcePolicyResponse$: () => (/* reexport */ schemas_0/* GetResourcePolicyResponse$ */.O7),
  GetSecretValue$: () => (/* reexport */ schemas_0/* GetSecretValue$ */.sD),
  GetSecretValueCommand: () => (/* reexport */ GetSecretValueCommand/* GetSecretValueCommand */.d),
  GetSecretValueRequest$: () => (/* reexport */ schemas_0/* GetSecretValueRequest$ */.xx),
  GetSecretValueResponse$: () => (/* reexport */ schemas_0/* GetSecretValueResponse$ */.XT),
  InternalServiceError: () => (/* reexport */ errors/* InternalServiceError */.Jf),
  InternalServiceError$: () => (/* reexport */ schemas_0/* InternalServiceError$ */.n3),
  InvalidNextTokenException: () => (/* reexport */ errors/* InvalidNextTokenException */.hX),
  InvalidNextTokenException$: () => (/* reexport */ schemas_0/* InvalidNextTokenException$ */.Fg),
  InvalidParameterException: () => (/* reexport */ errors/* InvalidParameterException */.kT),
  InvalidParameterException$: () => (/* reexport */ schemas_0/* InvalidParameterException$ */.qc),
  InvalidRequestException: () => (/* reexport */ errors/* InvalidRequestException */.C3),
  InvalidRequestException$: () => (/* reexport */ schemas_0/* InvalidRequestException$ */.MW),
  LimitExceededException: () => (/* reexport */ errors/* LimitExceededException */.UC),
  LimitExceededException$: () => (/* reexport */ schemas_0/* LimitExceededException$ */.qr),
  ListSecretVersionIds$: () => (/* reexport */ schemas_0/* ListSecretVersionIds$ */.x),
  ListSecretVersionIdsCommand: () => (/* reexport */ ListSecretVersionIdsCommand),
  ListSecretVersionIdsRequest$: () => (/* reexport */ schemas_0/* ListSecretVersionIdsRequest$ */.iu),
  ListSecretVersionIdsResponse$: () => (/* reexport */ schemas_0/* ListSecretVersionIdsResponse$ */.uu),
  ListSecrets$: () => (/* reexport */ schemas_0/* ListSecrets$ */._B),
  ListSecretsCommand: () => (/* reexport */ ListSecretsCommand),
  ListSecretsRequest$: () => (/* reexport */ schemas_0/* ListSecretsRequest$ */.K6),
  ListSecretsResponse$: () => (/* reexport */ schemas_0/* ListSecretsResponse$ */.R9),
  MalformedPolicyDocumentException: () => (/* reexport */ errors/* MalformedPolicyDocumentException */._Z),
  MalformedPolicyDocumentException$: () => (/* reexport */ schemas_0/* MalformedPolicyDocumentException$ */.qH),
  PreconditionNotMetException: () => (/* reexport */ errors/* PreconditionNotMetException */.bm),
  PreconditionNotMetException$: () => (/* reexport */ schemas_0/* PreconditionNotMetException$ */.p),
  PublicPolicyException: () => (/* reexport */ errors/* PublicPolicyException */.LM),
  PublicPolicyException$: () => (/* reexport */ schemas_0/* PublicPolicyException$ */.DR),
  PutResourcePolicy$: () => (/* reexport */ schemas_0/* PutResourcePolicy$ */.kd),
  PutResourcePolicyCommand: () => (/* reexport */ PutResourcePolicyCommand),
  PutResourcePolicyRequest$: () => (/* reexport */ schemas_0/* PutResourcePolicyRequest$ */.ne),
  PutResourcePolicyResponse$: () => (/* reexport */ schemas_0/* PutResourcePolicyResponse$ */.Tv),
  PutSecretValue$: () => (/* reexport */ schemas_0/* PutSecretValue$ */.bp),
  PutSecretValueCommand: () => (/* reexport */ PutSecretValueCommand/* PutSecretValueCommand */.c),
  PutSecretValueRequest$: () => (/* reexport */ schemas_0/* PutSecretValueRequest$ */.cF),
  PutSecretValueResponse$: () => (/* reexport */ schemas_0/* PutSecretValueResponse$ */.Cw),
  RemoveRegionsFromReplication$: () => (/* reexport */ schemas_0/* RemoveRegionsFromReplication$ */.yQ),
  RemoveRegionsFromReplicationCommand: () => (/* reexport */ RemoveRegionsFromReplicationCommand),
  RemoveRegionsFromReplicationRequest$: () => (/* reexport */ schemas_0/* RemoveRegionsFromReplicationRequest$ */.Fn),
  RemoveRegionsFromReplicationResponse$: () => (/* reexport */ schemas_0/* RemoveRegionsFromReplicationResponse$ */.Bm),
  ReplicaRegionType$: () => (/* reexport */ schemas_0/* ReplicaRegionType$ */.FQ),
  ReplicateSecretToRegions$: () => (/* reexport */ schemas_0/* ReplicateSecretToRegions$ */.s8),
  ReplicateSecretToRegionsCommand: () => (/* reexport */ ReplicateSecretToRegionsCommand/* ReplicateSecretToRegionsCommand */.F),
  ReplicateSecretToRegionsRequest$: () => (/* reexport */ schemas_0/* ReplicateSecretToRegionsRequest$ */.r1),
  ReplicateSecretToRegionsResponse$: () => (/* reexport */ schemas_0/* ReplicateSecretToRegionsResponse$ */.BZ),
  ReplicationStatusType$: () => (/* reexport */ schemas_0/* ReplicationStatusType$ */.Vi),
  ResourceExistsException: () => (/* reexport */ errors/* ResourceExistsException */.ah),
  ResourceExistsException$: () => (/* reexport */ schemas_0/* ResourceExistsException$ */.Mw),
  ResourceNotFoundException: () => (/* reexport */ errors/* ResourceNotFoundException */.lB),
  ResourceNotFoundException$: () => (/* reexport */ schemas_0/* ResourceNotFoundException$ */.lu),
  RestoreSecret$: () => (/* reexport */ schemas_0/* RestoreSecret$ */.NZ),
  RestoreSecretCommand: () => (/* reexport */ RestoreSecretCommand),
  RestoreSecretRequest$: () => (/* reexport */ schemas_0/* RestoreSecretRequest$ */.He),
  RestoreSecretResponse$: () => (/* reexport */ schemas_0/* RestoreSecretResponse$ */.Es),
  RotateSecret$: () => (/* reexport */ schemas_0/* RotateSecret$ */.up),
  RotateSecretCommand: () => (/* reexport */ RotateSecretCommand),
  RotateSecretRequest$: () => (/* reexport */ schemas_0/* RotateSecretRequest$ */.VI),
  RotateSecretResponse$: () => (/* reexport */ schemas_0/* RotateSecretResponse$ */.bW),
  RotationRulesType$: () => (/* reexport */ schemas_0/* RotationRulesType$ */.GJ),
  SecretListEntry$: () => (/* reexport */ schemas_0/* SecretListEntry$ */.VK),
  SecretValueEntry$: () => (/* reexport */ schemas_0/* SecretValueEntry$ */.oU),
  SecretVersionsListEntry$: () => (/* reexport */ schemas_0/* SecretVersionsListEntry$ */.wV),
  SecretsManager: () => (/* reexport */ SecretsManager),
  SecretsManagerClient: () => (/* reexport */ SecretsManagerClient/* SecretsManagerClient */._),
  SecretsManagerServiceException: () => (/* reexport */ SecretsManagerServiceException/* SecretsManagerServiceException */.$),
  SecretsManagerServiceException$: () => (/* reexport */ schemas_0/* SecretsManagerServiceException$ */.rZ),
  SortByType: () => (/* reexport */ SortByType),
  SortOrderType: () => (/* reexport */ SortOrderType),
  StatusType: () => (/* reexport */ StatusType),
  StopReplicationToReplica$: () => (/* reexport */ schemas_0/* StopReplicationToReplica$ */.wh),
  StopReplicationToReplicaCommand: () => (/* reexport */ StopReplicationToReplicaCommand),
  StopReplicationToReplicaRequest$: () => (/* reexport */ schemas_0/* StopReplicationToReplicaRequest$ */.HO),
  StopReplicationToReplicaResponse$: () => (/* reexport */ schemas_0/* StopReplicationToReplicaResponse$ */.f$),
  Tag$: () => (/* reexport */ schemas_0/* Tag$ */.RU),
  TagResource$: () => (/* reexport */ schemas_0/* TagResource$ */.Jq),
  TagResourceCommand: () => (/* reexport */ TagResourceCommand/* TagResourceCommand */.e),
  TagResourceRequest$: () => (/* reexport */ schemas_0/* TagResourceRequest$ */.uG),
  UntagResource$: () => (/* reexport */ schemas_0/* UntagResource$ */.AU),
  UntagResourceCommand: () => (/* reexport */ UntagResourceCommand),
  UntagResourceRequest$: () => (/* reexport */ schemas_0/* UntagResourceRequest$ */.H$),
  UpdateSecret$: () => (/* reexport */ schemas_0/* UpdateSecret$ */.OM),
  UpdateSecretCommand: () => (/* reexport */ UpdateSecretCommand/* UpdateSecretCommand */.v),
  UpdateSecretRequest$: () => (/* reexport */ schemas_0/* UpdateSecretRequest$ */.$i),
  UpdateSecretResponse$: () => (/* reexport */ schemas_0/* UpdateSecretResponse$ */.rF),
  UpdateSecretVersionStage$: () => (/* reexport */ schemas_0/* UpdateSecretVersionStage$ */.gO),
  UpdateSecretVersionStageCommand: () => (/* reexport */ UpdateSecretVersionStageCommand/* UpdateSecretVersionStageCommand */.b),
  UpdateSecretVersionStageRequest$: () => (/* reexport */ schemas_0/* UpdateSecretVersionStageRequest$ */.Hd),
  UpdateSecretVersionStageResponse$: () => (/* reexport */ schemas_0/* UpdateSecretVersionStageResponse$ */.Jb),
  ValidateResourcePolicy$: () => (/* reexport */ schemas_0/* ValidateResourcePolicy$ */.pz),
  ValidateResourcePolicyCommand: () => (/* reexport */ ValidateResourcePolicyCommand),
  ValidateResourcePolicyRequest$: () => (/* reexport */ schemas_0/* ValidateResourcePolicyRequest$ */.mf),
  ValidateResourcePolicyResponse$: () => (/* reexport */ schemas_0/* ValidateResourcePolicyResponse$ */.gq),
  ValidationErrorsEntry$: () => (/* reexport */ schemas_0/* ValidationErrorsEntry$ */.to),
  __Client: () => (/* reexport */ SecretsManagerClient/* __Client */.g),
  errorTypeRegistries: () => (/* reexport */ schemas_0/* errorTypeRegistries */.q1),
  paginateBatchGetSecretValue: () => (/* reexport */ paginateBatchGetSecretValue),
  paginateListSecretVersionIds: () => (/* reexport */ paginateListSecretVersionIds),
  paginateListSecrets: () => (/* reexport */ paginateListSecrets)
});

// EXTERNAL MODULE: ../node_modules/@aws-sdk/client-secrets-manager/dist-es/SecretsManagerClient.js + 13 modules
var SecretsManagerClient = __webpack_require__(8064);
;// CONCATENATED MODULE: ../node_modules/@smithy/core/dist-es/submodules/client/smithy-client/create-aggregated-client.js
const createAggregatedClient = (commands, Client, options) => {
    for (const [command, CommandCtor] of Object.entries(commands)) {
        const methodImpl = async function (args, optionsOrCb, cb) {
            const command = new CommandCtor(args);
            if (typeof optionsOrCb === "function") {
                this.send(command, optionsOrCb);
            }
            else if (typeof cb === "function") {
                if (typeof optionsOrCb !== "object") {
                    throw new Error(`Expected http options but got ${typeof optionsOrCb}`);
                }
                this.send(command, optionsOrCb || {}, cb);
            }
            else {
                return this.send(command, optionsOrCb);
            }
        };
        const methodName = (command[0].toLowerCase() + command.slice(1)).replace(/Command$/, "");
        Client.prototype[methodName] = methodImpl;
    }
    const { paginators = {}, waiters = {} } = options ?? {};
    for (const [paginatorName, paginatorFn] of Object.entries(paginators)) {
        if (Client.prototype[paginatorName] === void 0) {
            Client.prototype[paginatorName] = function (commandInput = {}, paginationConfiguration, ...rest) {
                return paginatorFn({
                    ...paginationConfiguration,
                    client: this,
                }, commandInput, ...rest);
            };
        }
    }
    for (const [waiterName, waiterFn] of Object.entries(waiters)) {
        if (Client.prototype[waiterName] === void 0) {
            Client.prototype[waiterName] = async function (commandInput = {}, waiterConfiguration, ...rest) {
                let config = waiterConfiguration;
                if (typeof waiterConfiguration === "number") {
                    config = {
                        maxWaitTime: waiterConfiguration,
                    };
                }
                return waiterFn({
                    ...config,
                    client: this,
                }, commandInput, ...rest);
            };
        }
    }
};

// EXTERNAL MODULE: ../node_modules/@aws-sdk/client-secrets-manager/dist-es/commandBuilder.js
var commandBuilder = __webpack_require__(1508);
// EXTERNAL MODULE: ../node_modules/@aws-sdk/client-secrets-manager/dist-es/schemas/schemas_0.js
var schemas_0 = __webpack_require__(258);
;// CONCATENATED MODULE: ../node_modules/@aws-sdk/client-secrets-manager/dist-es/commands/BatchGetSecretValueCommand.js


class BatchGetSecretValueCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "BatchGetSecretValue", schemas_0/* BatchGetSecretValue$ */.eP) {
}

;// CONCATENATED MODULE: ../node_modules/@aws-sdk/client-secrets-manager/dist-es/commands/CancelRotateSecretCommand.js


class CancelRotateSecretCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "CancelRotateSecret", schemas_0/* CancelRotateSecret$ */._Q) {
}

// EXTERNAL MODULE: ../node_modules/@aws-sdk/client-secrets-manager/dist-es/commands/CreateSecretCommand.js
var CreateSecretCommand = __webpack_require__(6780);
;// CONCATENATED MODULE: ../node_modules/@aws-sdk/client-secrets-manager/dist-es/commands/DeleteResourcePolicyCommand.js


class DeleteResourcePolicyCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeleteResourcePolicy", schemas_0/* DeleteResourcePolicy$ */.cf) {
}

;// CONCATENATED MODULE: ../node_modules/@aws-sdk/client-secrets-manager/dist-es/commands/DeleteSecretCommand.js


class DeleteSecretCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeleteSecret", schemas_0/* DeleteSecret$ */.uV) {
}

// EXTERNAL MODULE: ../node_modules/@aws-sdk/client-secrets-manager/dist-es/commands/DescribeSecretCommand.js
var DescribeSecretCommand = __webpack_require__(6447);
;// CONCATENATED MODULE: ../node_modules/@aws-sdk/client-secrets-manager/dist-es/commands/GetRandomPasswordCommand.js


class GetRandomPasswordCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetRandomPassword", schemas_0/* GetRandomPassword$ */.$u) {
}

;// CONCATENATED MODULE: ../node_modules/@aws-sdk/client-secrets-manager/dist-es/commands/GetResourcePolicyCommand.js


class GetResourcePolicyCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetResourcePolicy", schemas_0/* GetResourcePolicy$ */.j4) {
}

// EXTERNAL MODULE: ../node_modules/@aws-sdk/client-secrets-manager/dist-es/commands/GetSecretValueCommand.js
var GetSecretValueCommand = __webpack_require__(4555);
;// CONCATENATED MODULE: ../node_modules/@aws-sdk/client-secrets-manager/dist-es/commands/ListSecretsCommand.js


class ListSecretsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListSecrets", schemas_0/* ListSecrets$ */._B) {
}

;// CONCATENATED MODULE: ../node_modules/@aws-sdk/client-secrets-manager/dist-es/commands/ListSecretVersionIdsCommand.js


class ListSecretVersionIdsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListSecretVersionIds", schemas_0/* ListSecretVersionIds$ */.x) {
}

;// CONCATENATED MODULE: ../node_modules/@aws-sdk/client-secrets-manager/dist-es/commands/PutResourcePolicyCommand.js


class PutResourcePolicyCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "PutResourcePolicy", schemas_0/* PutResourcePolicy$ */.kd) {
}

// EXTERNAL MODULE: ../node_modules/@aws-sdk/client-secrets-manager/dist-es/commands/PutSecretValueCommand.js
var PutSecretValueCommand = __webpack_require__(8054);
;// CONCATENATED MODULE: ../node_modules/@aws-sdk/client-secrets-manager/dist-es/commands/RemoveRegionsFromReplicationCommand.js


class RemoveRegionsFromReplicationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "RemoveRegionsFromReplication", schemas_0/* RemoveRegionsFromReplication$ */.yQ) {
}

// EXTERNAL MODULE: ../node_modules/@aws-sdk/client-secrets-manager/dist-es/commands/ReplicateSecretToRegionsCommand.js
var ReplicateSecretToRegionsCommand = __webpack_require__(381);
;// CONCATENATED MODULE: ../node_modules/@aws-sdk/client-secrets-manager/dist-es/commands/RestoreSecretCommand.js


class RestoreSecretCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "RestoreSecret", schemas_0/* RestoreSecret$ */.NZ) {
}

;// CONCATENATED MODULE: ../node_modules/@aws-sdk/client-secrets-manager/dist-es/commands/RotateSecretCommand.js


class RotateSecretCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "RotateSecret", schemas_0/* RotateSecret$ */.up) {
}

;// CONCATENATED MODULE: ../node_modules/@aws-sdk/client-secrets-manager/dist-es/commands/StopReplicationToReplicaCommand.js


class StopReplicationToReplicaCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "StopReplicationToReplica", schemas_0/* StopReplicationToReplica$ */.wh) {
}

// EXTERNAL MODULE: ../node_modules/@aws-sdk/client-secrets-manager/dist-es/commands/TagResourceCommand.js
var TagResourceCommand = __webpack_require__(6912);
;// CONCATENATED MODULE: ../node_modules/@aws-sdk/client-secrets-manager/dist-es/commands/UntagResourceCommand.js


class UntagResourceCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "UntagResource", schemas_0/* UntagResource$ */.AU) {
}

// EXTERNAL MODULE: ../node_modules/@aws-sdk/client-secrets-manager/dist-es/commands/UpdateSecretCommand.js
var UpdateSecretCommand = __webpack_require__(9103);
// EXTERNAL MODULE: ../node_modules/@aws-sdk/client-secrets-manager/dist-es/commands/UpdateSecretVersionStageCommand.js
var UpdateSecretVersionStageCommand = __webpack_require__(7213);
;// CONCATENATED MODULE: ../node_modules/@aws-sdk/client-secrets-manager/dist-es/commands/ValidateResourcePolicyCommand.js


class ValidateResourcePolicyCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ValidateResourcePolicy", schemas_0/* ValidateResourcePolicy$ */.pz) {
}

;// CONCATENATED MODULE: ../node_modules/@smithy/core/dist-es/legacy-root-exports/pagination/createPaginator.js
const makePagedClientRequest = async (CommandCtor, client, input, withCommand = (_) => _, ...args) => {
    let command = new CommandCtor(input);
    command = withCommand(command) ?? command;
    return await client.send(command, ...args);
};
function createPaginator(ClientCtor, CommandCtor, inputTokenName, outputTokenName, pageSizeTokenName) {
    return async function* paginateOperation(config, input, ...additionalArguments) {
        const _input = input;
        let token = config.startingToken ?? _input[inputTokenName];
        let hasNext = true;
        let page;
        while (hasNext) {
            _input[inputTokenName] = token;
            if (pageSizeTokenName) {
                _input[pageSizeTokenName] = _input[pageSizeTokenName] ?? config.pageSize;
            }
            if (config.client instanceof ClientCtor) {
                page = await makePagedClientRequest(CommandCtor, config.client, input, config.withCommand, ...additionalArguments);
            }
            else {
                throw new Error(`Invalid client, expected instance of ${ClientCtor.name}`);
            }
            yield page;
            const prevToken = token;
            token = get(page, outputTokenName);
            hasNext = !!(token && (!config.stopOnSameToken || token !== prevToken));
        }
        return undefined;
    };
}
const get = (fromObject, path) => {
    let cursor = fromObject;
    const pathComponents = path.split(".");
    for (const step of pathComponents) {
        if (!cursor || typeof cursor !== "object") {
            return undefined;
        }
        cursor = cursor[step];
    }
    return cursor;
};

;// CONCATENATED MODULE: ../node_modules/@aws-sdk/client-secrets-manager/dist-es/pagination/BatchGetSecretValuePaginator.js



const paginateBatchGetSecretValue = createPaginator(SecretsManagerClient/* SecretsManagerClient */._, BatchGetSecretValueCommand, "NextToken", "NextToken", "MaxResults");

;// CONCATENATED MODULE: ../node_modules/@aws-sdk/client-secrets-manager/dist-es/pagination/ListSecretsPaginator.js



const paginateListSecrets = createPaginator(SecretsManagerClient/* SecretsManagerClient */._, ListSecretsCommand, "NextToken", "NextToken", "MaxResults");

;// CONCATENATED MODULE: ../node_modules/@aws-sdk/client-secrets-manager/dist-es/pagination/ListSecretVersionIdsPaginator.js



const paginateListSecretVersionIds = createPaginator(SecretsManagerClient/* SecretsManagerClient */._, ListSecretVersionIdsCommand, "NextToken", "NextToken", "MaxResults");

;// CONCATENATED MODULE: ../node_modules/@aws-sdk/client-secrets-manager/dist-es/SecretsManager.js




























const commands = {
    BatchGetSecretValueCommand: BatchGetSecretValueCommand,
    CancelRotateSecretCommand: CancelRotateSecretCommand,
    CreateSecretCommand: CreateSecretCommand/* CreateSecretCommand */._,
    DeleteResourcePolicyCommand: DeleteResourcePolicyCommand,
    DeleteSecretCommand: DeleteSecretCommand,
    DescribeSecretCommand: DescribeSecretCommand/* DescribeSecretCommand */.X,
    GetRandomPasswordCommand: GetRandomPasswordCommand,
    GetResourcePolicyCommand: GetResourcePolicyCommand,
    GetSecretValueCommand: GetSecretValueCommand/* GetSecretValueCommand */.d,
    ListSecretsCommand: ListSecretsCommand,
    ListSecretVersionIdsCommand: ListSecretVersionIdsCommand,
    PutResourcePolicyCommand: PutResourcePolicyCommand,
    PutSecretValueCommand: PutSecretValueCommand/* PutSecretValueCommand */.c,
    RemoveRegionsFromReplicationCommand: RemoveRegionsFromReplicationCommand,
    ReplicateSecretToRegionsCommand: ReplicateSecretToRegionsCommand/* ReplicateSecretToRegionsCommand */.F,
    RestoreSecretCommand: RestoreSecretCommand,
    RotateSecretCommand: RotateSecretCommand,
    StopReplicationToReplicaCommand: StopReplicationToReplicaCommand,
    TagResourceCommand: TagResourceCommand/* TagResourceCommand */.e,
    UntagResourceCommand: UntagResourceCommand,
    UpdateSecretCommand: UpdateSecretCommand/* UpdateSecretCommand */.v,
    UpdateSecretVersionStageCommand: UpdateSecretVersionStageCommand/* UpdateSecretVersionStageCommand */.b,
    ValidateResourcePolicyCommand: ValidateResourcePolicyCommand,
};
const paginators = {
    paginateBatchGetSecretValue: paginateBatchGetSecretValue,
    paginateListSecrets: paginateListSecrets,
    paginateListSecretVersionIds: paginateListSecretVersionIds,
};
class SecretsManager extends SecretsManagerClient/* SecretsManagerClient */._ {
}
createAggregatedClient(commands, SecretsManager, { paginators });

;// CONCATENATED MODULE: ../node_modules/@aws-sdk/client-secrets-manager/dist-es/commands/index.js
























// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/client/smithy-client/command.js + 1 modules
var command = __webpack_require__(1415);
;// CONCATENATED MODULE: ../node_modules/@aws-sdk/client-secrets-manager/dist-es/pagination/index.js





;// CONCATENATED MODULE: ../node_modules/@aws-sdk/client-secrets-manager/dist-es/models/enums.js
const FilterNameStringType = {
    all: "all",
    description: "description",
    name: "name",
    owning_service: "owning-service",
    primary_region: "primary-region",
    tag_key: "tag-key",
    tag_value: "tag-value",
};
const StatusType = {
    Failed: "Failed",
    InProgress: "InProgress",
    InSync: "InSync",
};
const SortByType = {
    created_date: "created-date",
    last_accessed_date: "last-accessed-date",
    last_changed_date: "last-changed-date",
    name: "name",
};
const SortOrderType = {
    asc: "asc",
    desc: "desc",
};

// EXTERNAL MODULE: ../node_modules/@aws-sdk/client-secrets-manager/dist-es/models/errors.js
var errors = __webpack_require__(8454);
// EXTERNAL MODULE: ../node_modules/@aws-sdk/client-secrets-manager/dist-es/models/SecretsManagerServiceException.js
var SecretsManagerServiceException = __webpack_require__(6613);
;// CONCATENATED MODULE: ../node_modules/@aws-sdk/client-secrets-manager/dist-es/index.js












/***/ })

};
