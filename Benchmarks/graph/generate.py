#!/usr/bin/env python3
"""Writes N cloud-only users for graph_server.py and a plan (SPEC §5) that anchors each one.

Usage: generate.py N USERS.json PLAN.json
"""
import base64
import json
import sys

count = int(sys.argv[1])
users = []
entries = []
for number in range(1, count + 1):
    cloud_id = "00000000-0000-4000-8000-%012d" % number
    upn = "user%d@contoso.onmicrosoft.com" % number
    anchor = base64.b64encode(number.to_bytes(8, "little") + bytes([0xa5] * 8)).decode()
    users.append({
        "id": cloud_id, "userPrincipalName": upn, "mail": "user%d@contoso.com" % number,
        "proxyAddresses": ["SMTP:user%d@contoso.com" % number], "onPremisesImmutableId": None,
        "onPremisesSyncEnabled": None, "userType": "Member", "displayName": "User %d" % number, "accountEnabled": True,
    })
    entries.append({
        "outcome": "setImmutableId", "via": "upnLocalPart", "reason": None, "immutableId": anchor,
        "onPrem": {"dn": "CN=User %d,OU=Staff,DC=corp,DC=example" % number, "userPrincipalName": "user%d@corp.example" % number,
                   "sAMAccountName": "user%d" % number, "sourceAnchor": anchor},
        "cloud": {"id": cloud_id, "userPrincipalName": upn, "mail": "user%d@contoso.com" % number,
                  "onPremisesImmutableId": None, "onPremisesSyncEnabled": None, "userType": "Member"},
    })
with open(sys.argv[2], "w") as handle:
    json.dump({"users": users, "roles": [{"displayName": "Global Administrator", "members": []}]}, handle)
with open(sys.argv[3], "w") as handle:
    json.dump({"summary": {"setImmutableId": count}, "entries": entries}, handle)
