#!/usr/bin/env python3
"""Writes an LDIF export of N users for the `hardmatch check` benchmark.

Each user has a UPN, mail, an SMTP: primary, an smtp: alias, an X500 address and a
mailNickname, the shape `ldapsearch -LLL` gives for an Exchange-enabled AD. Known problems
are planted so the run does real work and its result can be verified:
- every 1000th user's UPN is the previous user's smtp: alias: 2 duplicateValue errors each;
- every 500th user's UPN holds a space: 1 upnCharacter error each.
The expected counts go to standard error.

usage: generate.py N [OUTPUT]     (OUTPUT defaults to standard output)
"""
import base64
import hashlib
import sys


def main():
    count = int(sys.argv[1])
    out = open(sys.argv[2], "wb") if len(sys.argv) > 2 else sys.stdout.buffer
    duplicates = characters = 0
    buffer = []
    for i in range(1, count + 1):
        sam = f"user{i:07d}"
        guid = base64.b64encode(hashlib.md5(sam.encode()).digest()).decode()
        upn = f"{sam}@contoso.com"
        if i % 1000 == 0:
            upn = f"alias{i - 1:07d}@contoso.com"
            duplicates += 2
        elif i % 500 == 0:
            upn = f"user {i:07d}@contoso.com"
            characters += 1
        buffer.append(
            f"dn: CN={sam},OU=Staff,OU=Accounts,DC=contoso,DC=com\n"
            "objectClass: top\nobjectClass: person\nobjectClass: organizationalPerson\nobjectClass: user\n"
            f"objectGUID:: {guid}\n"
            f"sAMAccountName: {sam}\n"
            f"userPrincipalName: {upn}\n"
            f"mail: {sam}@contoso.com\n"
            f"mailNickname: {sam}\n"
            f"proxyAddresses: SMTP:{sam}@contoso.com\n"
            f"proxyAddresses: smtp:alias{i:07d}@contoso.com\n"
            f"proxyAddresses: X500:/o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn={sam}\n"
            "userAccountControl: 512\n\n"
        )
        if len(buffer) >= 10000:
            out.write("".join(buffer).encode())
            buffer.clear()
    out.write("".join(buffer).encode())
    out.close()
    print(f"expected: {duplicates + characters} errors ({duplicates} duplicateValue, {characters} upnCharacter), 0 warnings in {count} users", file=sys.stderr)


if __name__ == "__main__":
    main()
