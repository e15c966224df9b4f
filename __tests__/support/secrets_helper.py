#!/usr/bin/env python3
"""The tests' independent view of Secrets Manager: boto3, not the JS SDK the action uses, so a
bug shared by the action and its SDK cannot hide itself.

Runs as a long-lived child of the test process (starting boto3 costs about half a second): reads
one JSON request per line on stdin, writes one JSON answer per line on stdout, in order, until
stdin closes. Every secret value crosses the pipe as base64 of its bytes (strings as UTF-8), so
whitespace, newlines and any byte survive.
Answer: {"id": n, "ok": true, "result": ...} or {"id": n, "ok": false, "code": "<AWS error code>",
"message": ...}.
"""
import base64
import json
import sys

import boto3
from botocore.config import Config
from botocore.exceptions import ClientError


def b64(data):
    return base64.b64encode(data).decode("ascii")


def unb64(text):
    return base64.b64decode(text, validate=True)


_clients = {}


def client(req):
    key = (req["endpoint"], req["region"], req.get("caBundle"))
    if key not in _clients:
        _clients[key] = _new_client(req)
    return _clients[key]


def _new_client(req):
    return boto3.client(
        "secretsmanager",
        endpoint_url=req["endpoint"],
        region_name=req["region"],
        verify=req.get("caBundle") or True,
        # One attempt: a test helper must report what the endpoint said, not retry it away.
        config=Config(retries={"max_attempts": 1, "mode": "standard"}),
    )


def value_params(value):
    """{"string": b64} or {"binary": b64} -> the SecretString/SecretBinary parameter."""
    if "string" in value:
        return {"SecretString": unb64(value["string"]).decode("utf-8")}
    return {"SecretBinary": unb64(value["binary"])}


def read_value(sm, secret_id, stage):
    try:
        answer = sm.get_secret_value(SecretId=secret_id, VersionStage=stage)
    except ClientError as error:
        return {"error": f'{error.response["Error"]["Code"]}: {error.response["Error"].get("Message", "")}'}
    value = {"versionId": answer["VersionId"], "stages": answer.get("VersionStages", [])}
    if answer.get("SecretString") is not None:
        value["secretString"] = b64(answer["SecretString"].encode("utf-8"))
    if answer.get("SecretBinary") is not None:
        value["secretBinary"] = b64(answer["SecretBinary"])
    return value


def op_read(sm, req):
    described = sm.describe_secret(SecretId=req["secretId"])
    stages = described.get("VersionIdsToStages") or {}
    result = {
        "arn": described["ARN"],
        "name": described["Name"],
        # moto lists versions in creation order, including those left without any label
        # (AWS omits those from DescribeSecret): tests count them to prove no duplicate version.
        "versions": [{"versionId": v, "stages": list(s)} for v, s in stages.items()],
        "current": read_value(sm, req["secretId"], "AWSCURRENT"),
        "rotationEnabled": bool(described.get("RotationEnabled")),
    }
    if any("AWSPREVIOUS" in s for s in stages.values()):
        result["previous"] = read_value(sm, req["secretId"], "AWSPREVIOUS")
    if described.get("Description") is not None:
        result["description"] = described["Description"]
    if described.get("KmsKeyId") is not None:
        result["kmsKeyId"] = described["KmsKeyId"]
    if described.get("DeletedDate") is not None:
        result["deletedDate"] = described["DeletedDate"].isoformat()
    result["tags"] = {t["Key"]: t["Value"] for t in described.get("Tags") or []}
    result["replication"] = [
        {"region": r["Region"], "status": r.get("Status", ""), "kmsKeyId": r.get("KmsKeyId")}
        for r in described.get("ReplicationStatus") or []
    ]
    if described.get("PrimaryRegion") is not None:
        result["primaryRegion"] = described["PrimaryRegion"]
    return result


def op_version(sm, req):
    """One version's value and labels, by version id or by label."""
    params = {"SecretId": req["secretId"]}
    if req.get("versionId"):
        params["VersionId"] = req["versionId"]
    else:
        params["VersionStage"] = req["versionStage"]
    answer = sm.get_secret_value(**params)
    value = {"versionId": answer["VersionId"], "stages": answer.get("VersionStages", [])}
    if answer.get("SecretString") is not None:
        value["secretString"] = b64(answer["SecretString"].encode("utf-8"))
    if answer.get("SecretBinary") is not None:
        value["secretBinary"] = b64(answer["SecretBinary"])
    return value


def op_create(sm, req):
    params = {"Name": req["name"]}
    if "value" in req:
        params.update(value_params(req["value"]))
    if "description" in req:
        params["Description"] = req["description"]
    if "kmsKeyId" in req:
        params["KmsKeyId"] = req["kmsKeyId"]
    if "clientRequestToken" in req:
        params["ClientRequestToken"] = req["clientRequestToken"]
    if "tags" in req:
        params["Tags"] = [{"Key": k, "Value": v} for k, v in req["tags"].items()]
    answer = sm.create_secret(**params)
    return {"arn": answer["ARN"], "name": answer["Name"], "versionId": answer.get("VersionId")}


def op_put(sm, req):
    params = {"SecretId": req["secretId"], **value_params(req["value"])}
    if "versionStages" in req:
        params["VersionStages"] = req["versionStages"]
    if "clientRequestToken" in req:
        params["ClientRequestToken"] = req["clientRequestToken"]
    answer = sm.put_secret_value(**params)
    return {"arn": answer["ARN"], "name": answer["Name"], "versionId": answer["VersionId"]}


def op_delete(sm, req):
    params = {"SecretId": req["secretId"]}
    if req.get("forceDeleteWithoutRecovery"):
        params["ForceDeleteWithoutRecovery"] = True
    else:
        params["RecoveryWindowInDays"] = req["recoveryWindowInDays"]
    answer = sm.delete_secret(**params)
    return {"arn": answer["ARN"], "name": answer["Name"], "deletionDate": answer["DeletionDate"].isoformat()}


def op_move_stage(sm, req):
    params = {"SecretId": req["secretId"], "VersionStage": req["versionStage"]}
    if req.get("removeFromVersionId"):
        params["RemoveFromVersionId"] = req["removeFromVersionId"]
    if req.get("moveToVersionId"):
        params["MoveToVersionId"] = req["moveToVersionId"]
    answer = sm.update_secret_version_stage(**params)
    return {"arn": answer["ARN"], "name": answer["Name"]}


def op_rotate(sm, req):
    """RotateSecret with a schedule and no RotationLambdaARN: the one way to turn rotation on in
    moto, whose RotateSecret with a Lambda ARN needs that function in moto's Lambda (and Docker to
    run it). moto then marks RotationEnabled and, unlike AWS, labels a copy of the value AWSCURRENT
    (a new version) even with RotateImmediately=False."""
    answer = sm.rotate_secret(
        SecretId=req["secretId"],
        RotationRules={"AutomaticallyAfterDays": req["automaticallyAfterDays"]},
        RotateImmediately=False,
    )
    return {"arn": answer["ARN"], "name": answer["Name"]}


OPS = {
    "read": op_read,
    "version": op_version,
    "create": op_create,
    "put": op_put,
    "delete": op_delete,
    "moveStage": op_move_stage,
    "rotate": op_rotate,
}


def handle(req):
    try:
        return {"ok": True, "result": OPS[req["op"]](client(req), req)}
    except ClientError as error:
        return {
            "ok": False,
            "code": error.response["Error"]["Code"],
            "message": error.response["Error"].get("Message", ""),
        }
    except Exception as error:  # a bug in a request or here: report it, keep serving
        return {"ok": False, "code": "HelperError", "message": f"{type(error).__name__}: {error}"}


def main():
    for line in sys.stdin:
        if not line.strip():
            continue
        req = json.loads(line)
        answer = handle(req)
        answer["id"] = req.get("id")
        sys.stdout.write(json.dumps(answer) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
