#!/usr/bin/env python3
"""Writes an LDIF export of N synthetic users, the shape `ldapsearch -LLL` gives for AD.

Each user has a base64 objectGUID (and every tenth an mS-DS-ConsistencyGuid), three
proxyAddresses, a UTF-8 display name (base64, as ldapsearch writes non-ASCII values),
userAccountControl, and a long X500 address folded at 76 columns as OpenLDAP folds.

usage: generate.py N [OUTPUT]     (OUTPUT defaults to standard output)
       generate.py N OUTPUT --crlf   ldifde-style CRLF line ends and changetype: add
"""
import base64
import random
import sys

FIRST = ["Adele", "Zoë", "Jürgen", "Ødegård", "Łukasz", "Siobhán", "José", "Mei", "Ahmed", "Søren", "Chloé", "Ana"]
LAST = ["Vance", "Müller", "Ødegård", "Nowak", "O'Brien", "García", "Wang", "Hassan", "Kierkegaard", "Dubois", "Silva"]


def fold(line, width=76):
    if len(line) <= width:
        return [line]
    parts = [line[:width]]
    line = line[width:]
    while line:
        parts.append(b" " + line[: width - 1])
        line = line[width - 1 :]
    return parts


def attribute(name, value):
    if isinstance(value, bytes) or any(ord(c) > 127 for c in value):
        raw = value if isinstance(value, bytes) else value.encode()
        return f"{name}:: ".encode() + base64.b64encode(raw)
    return f"{name}: {value}".encode()


def user(index, rng, ldifde):
    first, last = rng.choice(FIRST), rng.choice(LAST)
    sam = f"user{index:07d}"
    cn = f"{first} {last} {index}"
    lines = [attribute("dn", f"CN={cn},OU=Staff,OU=Accounts,DC=contoso,DC=com")]
    if ldifde:
        lines.append(b"changetype: add")
    lines += [
        b"objectClass: top", b"objectClass: person", b"objectClass: organizationalPerson", b"objectClass: user",
        attribute("cn", cn),
        attribute("displayName", f"{first} {last}"),
        attribute("objectGUID", rng.randbytes(16)),
        b"userAccountControl: " + (b"514" if index % 17 == 0 else b"512"),
        attribute("sAMAccountName", sam),
        attribute("userPrincipalName", f"{sam}@contoso.com"),
        attribute("mail", f"{sam}@contoso.com"),
        attribute("proxyAddresses", f"SMTP:{sam}@contoso.com"),
        attribute("proxyAddresses", f"smtp:{sam}@contoso.onmicrosoft.com"),
        attribute("proxyAddresses", f"X500:/o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn={rng.randbytes(16).hex()}-{sam}"),
    ]
    if index % 10 == 0:
        lines.append(attribute("mS-DS-ConsistencyGuid", rng.randbytes(16)))
    folded = []
    for line in lines:
        folded += fold(line, 80 if ldifde else 76)
    return folded


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    count = int(sys.argv[1])
    ldifde = "--crlf" in sys.argv
    output = open(sys.argv[2], "wb") if len(sys.argv) > 2 and sys.argv[2] != "--crlf" else sys.stdout.buffer
    newline = b"\r\n" if ldifde else b"\n"
    rng = random.Random(2849)
    batch = []
    if ldifde:
        batch.append(b"")
    for index in range(count):
        batch += user(index, rng, ldifde)
        batch.append(b"")
        if len(batch) > 20000:
            output.write(newline.join(batch) + newline)
            batch = []
    if batch:
        output.write(newline.join(batch) + newline)
    # What ldapsearch -LLL writes for the references of a domain-root search.
    if not ldifde:
        output.write(b"# refldap://contoso.com/CN=Configuration,DC=contoso,DC=com\n")
    output.close()


if __name__ == "__main__":
    main()
