#!/usr/bin/env python3
"""Writes a paired benchmark input for `hardmatch plan`: N on-premises users as an LDIF
export (the shape `ldapsearch -LLL` gives) and N cloud users as one Graph `GET /users`
page, with a realistic mix of outcomes.

Of every 100 on-premises users: 25 already anchored, 30 soft-match by primary SMTP, 10 by
UPN, 15 have an *.onmicrosoft.com cloud account (upnLocalPart), 5 share only a secondary
address (sharedSmtp), 2 pair with a guest, 2 with a cloud user anchored elsewhere
(anchorMismatch), 1 with an already-synced user, and 10 have no cloud user (onPremOnly).
The cloud side is filled up to N with cloud-only accounts.

usage: generate.py N DIRECTORY     (writes DIRECTORY/onprem.ldif and DIRECTORY/cloud.json)
"""
import base64
import json
import os
import random
import sys


def main():
    count = int(sys.argv[1])
    directory = sys.argv[2]
    os.makedirs(directory, exist_ok=True)
    rng = random.Random(20261129)
    cloud = []
    with open(os.path.join(directory, "onprem.ldif"), "w", encoding="utf-8") as ldif:
        for index in range(count):
            name = f"user{index:07d}"
            guid = rng.randbytes(16)
            anchor = base64.b64encode(guid).decode()
            upn = f"{name}@contoso.com"
            ldif.write(
                f"dn: CN=User {index:07d},OU=Staff,OU=Accounts,DC=contoso,DC=com\n"
                "objectClass: top\nobjectClass: person\nobjectClass: organizationalPerson\nobjectClass: user\n"
                f"objectGUID:: {anchor}\n"
                f"sAMAccountName: {name}\n"
                f"userPrincipalName: {upn}\n"
                f"mail: {upn}\n"
                f"proxyAddresses: SMTP:{upn}\n"
                f"proxyAddresses: smtp:{name}.alias@contoso.com\n"
                f"displayName: User {index}\n"
                "userAccountControl: 512\n\n"
            )
            slot = index % 100
            cloud_id = "%08x-%04x-4%03x-8%03x-%012x" % (rng.getrandbits(32), rng.getrandbits(16), rng.getrandbits(12), rng.getrandbits(12), rng.getrandbits(48))
            user = {"id": cloud_id, "userPrincipalName": None, "mail": None, "proxyAddresses": [],
                    "onPremisesImmutableId": None, "onPremisesSyncEnabled": None, "userType": "Member",
                    "displayName": f"User {index}", "accountEnabled": True}
            if slot < 25:
                user.update(userPrincipalName=upn, mail=upn, proxyAddresses=[f"SMTP:{upn}"], onPremisesImmutableId=anchor, onPremisesSyncEnabled=True)
            elif slot < 55:
                user.update(userPrincipalName=f"{name}@contoso.onmicrosoft.com", mail=upn, proxyAddresses=[f"SMTP:{upn}", f"smtp:{name}@contoso.onmicrosoft.com"])
            elif slot < 65:
                user.update(userPrincipalName=upn)
            elif slot < 80:
                user.update(userPrincipalName=f"{name}@contoso.onmicrosoft.com")
            elif slot < 85:
                user.update(userPrincipalName=f"x{name}@contoso.onmicrosoft.com", proxyAddresses=[f"SMTP:{name}.alias@contoso.com"])
            elif slot < 87:
                user.update(userPrincipalName=f"{name}_contoso.com#EXT#@contoso.onmicrosoft.com", mail=upn, proxyAddresses=[f"SMTP:{upn}"], userType="Guest")
            elif slot < 89:
                user.update(userPrincipalName=upn, onPremisesImmutableId=base64.b64encode(rng.randbytes(16)).decode(), onPremisesSyncEnabled=False)
            elif slot < 90:
                user.update(userPrincipalName=upn, onPremisesImmutableId=base64.b64encode(rng.randbytes(16)).decode(), onPremisesSyncEnabled=True)
            else:
                user.update(userPrincipalName=f"cloud{index:07d}@contoso.onmicrosoft.com", mail=f"cloud{index:07d}@contoso.com", proxyAddresses=[f"SMTP:cloud{index:07d}@contoso.com"])
            cloud.append(user)
    with open(os.path.join(directory, "cloud.json"), "w", encoding="utf-8") as out:
        out.write('{"@odata.context":"https://graph.microsoft.com/v1.0/$metadata#users","value":[\n')
        for position, user in enumerate(cloud):
            out.write(("," if position else "") + json.dumps(user, separators=(",", ":")) + "\n")
        out.write("]}\n")


if __name__ == "__main__":
    main()
