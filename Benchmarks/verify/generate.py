#!/usr/bin/env python3
"""Cloud users after a simulated first sync, and the plan they are verified against.

usage: generate.py N USERS.json PLAN.json

N setImmutableId entries; the cloud side as Entra would leave it: 90% joined (the planned
user carries the anchor), 4% duplicated (a new synced user holds the anchor, the planned one
is still cloud-only), 3% with a provisioning error, 3% not synced yet.
"""
import base64
import json
import sys

count = int(sys.argv[1])


def anchor(number):
    return base64.b64encode(number.to_bytes(8, "little") + b"\xa5" * 8).decode()


def cloud_id(number):
    return "00000000-0000-4000-8000-%012d" % number


users, entries = [], []
for number in range(1, count + 1):
    user = {
        "id": cloud_id(number), "userPrincipalName": "user%d@contoso.onmicrosoft.com" % number,
        "mail": "user%d@contoso.com" % number, "proxyAddresses": ["SMTP:user%d@contoso.com" % number],
        "onPremisesImmutableId": None, "onPremisesSyncEnabled": None, "userType": "Member",
        "displayName": "User %d" % number, "accountEnabled": True,
    }
    kind = number % 100
    if kind < 90:
        user.update(onPremisesImmutableId=anchor(number), onPremisesSyncEnabled=True)
    elif kind < 94:
        users.append({"id": "dup-%d" % number, "userPrincipalName": "user%d@corp.example" % number, "mail": None,
                      "proxyAddresses": [], "onPremisesImmutableId": anchor(number), "onPremisesSyncEnabled": True,
                      "userType": "Member", "displayName": "User %d" % number, "accountEnabled": True})
    elif kind < 97:
        user.update(onPremisesImmutableId=anchor(number), onPremisesSyncEnabled=True, onPremisesProvisioningErrors=[
            {"category": "PropertyConflict", "propertyCausingError": "ProxyAddresses", "value": "smtp:user%d@contoso.com" % number}])
    users.append(user)
    entries.append({
        "outcome": "setImmutableId", "via": "upnLocalPart", "reason": None, "immutableId": anchor(number),
        "onPrem": {"dn": "CN=User %d,OU=Staff,DC=corp,DC=example" % number, "userPrincipalName": "user%d@corp.example" % number,
                   "sAMAccountName": "user%d" % number, "sourceAnchor": anchor(number)},
        "cloud": {"id": cloud_id(number), "userPrincipalName": "user%d@contoso.onmicrosoft.com" % number,
                  "onPremisesImmutableId": None, "onPremisesSyncEnabled": None, "userType": "Member"},
    })

with open(sys.argv[2], "w") as handle:
    json.dump(users, handle)
with open(sys.argv[3], "w") as handle:
    json.dump({"summary": {"setImmutableId": count}, "entries": entries}, handle)
