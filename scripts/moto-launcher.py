#!/usr/bin/env python3
"""Start moto's server (same arguments as `moto_server`) with four corrections to its Secrets
Manager backend, so that the integration tests, `npm run demo` and the benchmark see AWS's
behaviour where the action depends on it.

1. The default version follows AWSCURRENT.
   moto 5.2 keeps the version a secret's value is read and updated from in
   `FakeSecret.default_version_id`, and sets it only in CreateSecret, UpdateSecret/PutSecretValue
   (`reset_default_version`) and RotateSecret. `update_secret_version_stage` moves the AWSCURRENT
   label but leaves `default_version_id` behind, so after the action's compare-and-swap
   (json-merge) a GetSecretValue without VersionStage returns the old value, and the next
   UpdateSecret labels the wrong version AWSPREVIOUS. AWS follows the label. The patch below sets
   `default_version_id` to the version AWSCURRENT was moved to.

2. Backend calls are serialised.
   `run_simple(..., threaded=True)` serves every request on its own thread, and the backend's
   state is plain dicts and lists mutated with check-then-act sequences and no lock (for example
   `update_secret_version_stage` checks that RemoveFromVersionId holds the label, then removes it:
   two concurrent calls naming the same RemoveFromVersionId can both pass the check, and the
   second then fails with a 500 from `list.remove`, or both succeed). Responses are also
   serialised from live objects (`FakeSecret.to_dict` iterates `versions`) while other threads
   may be adding versions. The compare-and-swap the action relies on is only a compare-and-swap
   if the check and the move are atomic, as they are in AWS, so every Secrets Manager request is
   handled under one lock, from parsing to the serialised answer.

3. A repeated PutSecretValue is ignored.
   AWS ignores a PutSecretValue whose ClientRequestToken names an existing version with the same
   value (that is how a retried write stays one version). moto does too, except for a version
   that carries AWSPENDING, which it writes again with the labels of the request: a retry of a
   staged first version (AWSPENDING, and AWSCURRENT because it is the first) then loses
   AWSCURRENT, and the secret is left with no current version. The patch below returns such a
   version unchanged, as AWS does.

4. ListSecretVersionIds gives each version's CreatedDate.
   moto 5.2 answers every version's CreatedDate (and LastAccessedDate) with the time of the list
   call, although it records each version's `createdate` when the version is made. A promotion
   tells whether the version to promote is older than AWSCURRENT from these dates, as on AWS. The
   patch below answers the recorded `createdate` (whole seconds, as moto records it: versions made
   in the same second tie).

What is NOT patched, because moto already does what AWS does: UpdateSecretVersionStage with a
RemoveFromVersionId that does not hold the label fails with InvalidParameterException ("Version
stage AWSCURRENT not found in version ..."), and moving AWSCURRENT without RemoveFromVersionId
fails with InvalidParameterException. That rejection is the "compare" of the compare-and-swap.
"""
import functools
import json
import sys
import threading

try:
    import moto.secretsmanager.models as sm_models
    import moto.secretsmanager.responses as sm_responses
    from moto.server import main
except ImportError as error:  # werkzeug/flask come with the server extra
    sys.stderr.write(
        f"moto-launcher: cannot import moto's server ({error}).\n"
        'Install it with: pip install "moto[server]"\n'
    )
    sys.exit(3)

_original_update_secret_version_stage = sm_models.SecretsManagerBackend.update_secret_version_stage


@functools.wraps(_original_update_secret_version_stage)
def _update_secret_version_stage(self, secret_id, version_stage, remove_from_version_id, move_to_version_id):
    result = _original_update_secret_version_stage(
        self, secret_id, version_stage, remove_from_version_id, move_to_version_id
    )
    if version_stage == "AWSCURRENT" and move_to_version_id:
        secret = self.secrets[secret_id]
        # A replica exposes its primary's default_version_id as a read-only property.
        getattr(secret, "source", secret).set_default_version_id(move_to_version_id)
    return result


sm_models.SecretsManagerBackend.update_secret_version_stage = _update_secret_version_stage

_original_put_secret_value = sm_models.SecretsManagerBackend.put_secret_value


@functools.wraps(_original_put_secret_value)
def _put_secret_value(self, secret_id, secret_string, secret_binary, client_request_token, version_stages):
    if client_request_token and self._is_valid_identifier(secret_id):
        secret = self.secrets[secret_id]
        version = getattr(secret, "versions", {}).get(client_request_token)
        if version is not None and (version.get("secret_string"), version.get("secret_binary")) == (secret_string, secret_binary):
            return secret.to_short_dict(include_version_stages=True, version_id=client_request_token)
    return _original_put_secret_value(self, secret_id, secret_string, secret_binary, client_request_token, version_stages)


sm_models.SecretsManagerBackend.put_secret_value = _put_secret_value

_original_list_secret_version_ids = sm_models.SecretsManagerBackend.list_secret_version_ids


@functools.wraps(_original_list_secret_version_ids)
def _list_secret_version_ids(self, secret_id, *args, **kwargs):
    answer = json.loads(_original_list_secret_version_ids(self, secret_id, *args, **kwargs))
    secret = self.secrets[secret_id]
    versions = getattr(secret, "versions", {})
    for version in answer.get("Versions", []):
        created = versions.get(version.get("VersionId"), {}).get("createdate")
        if created is not None:
            version["CreatedDate"] = created
    return json.dumps(answer)


sm_models.SecretsManagerBackend.list_secret_version_ids = _list_secret_version_ids

# Reentrant: a backend method may call another (batch_get_secret_value calls get_secret_value).
_secretsmanager_lock = threading.RLock()
_original_call_action = sm_responses.SecretsManagerResponse.call_action


@functools.wraps(_original_call_action)
def _call_action(self):
    with _secretsmanager_lock:
        return _original_call_action(self)


sm_responses.SecretsManagerResponse.call_action = _call_action

if __name__ == "__main__":
    main(sys.argv[1:])
