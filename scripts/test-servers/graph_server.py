#!/usr/bin/env python3
"""A local stand-in for Microsoft Graph and the Entra token endpoint, on 127.0.0.1.

Answers the way Graph documents it, for the calls hardmatch makes:
  GET   /v1.0/users?$select=...&$top=N         paged, @odata.nextLink until the last page
  GET   /v1.0/users?$filter=onPremisesImmutableId eq 'X'   the user holding that anchor, if any
  GET   /v1.0/users/{id or UPN}?$select=...
  PATCH /v1.0/users/{id}                       204; 400 for a synced user or a duplicate anchor
  POST  /v1.0/$batch                           at most 20 requests, answered in shuffled order
  GET   /v1.0/directoryRoles?$expand=members
  GET   /v1.0/roleManagement/directory/roleAssignments?$expand=principal          paged (page of 2)
  GET   /v1.0/roleManagement/directory/roleEligibilitySchedules?$expand=principal
  GET   /v1.0/groups/{id}/transitiveMembers    nested groups flattened, users only
  GET   /v1.0/directory/onPremisesSynchronization   the document's "features"; 403 without
                                               (app-only credentials cannot read it)
  GET   /beta/users?$select=...                also returns onPremisesObjectIdentifier
  GET   /{v}/users/{id}/onPremisesSyncBehavior {"isCloudManaged": the user's "isCloudManaged"}
  POST  /beta/$batch                           as /v1.0/$batch, paths relative to /beta
  POST  /{tenant}/oauth2/v2.0/token            client credentials: client id + secret, or + a
                                               client_assertion JWT (RS256) verified against
                                               --client-certificate, as Entra checks it
Errors carry Graph's body: {"error": {"code": ..., "message": ...}}.

Control endpoints (no authentication), for tests to assert on server state:
  GET  /_control/state    {"users": [...]}: every user with every property
  GET  /_control/log      {"http": {"METHOD /path": n}, "operations": {...}, "patches": {id: n}}
  POST /_control/faults   JSON merged into the fault settings below; request numbering restarts
  POST /_control/user     {"id": ..., property: value}: changes a user behind the client's back
  POST /_control/sync     simulates an Entra Connect sync run: {"join": {cloud id: anchor}} sets
                          the anchor and onPremisesSyncEnabled true; {"create": [user]} adds
                          synchronised users (a duplicate when its anchor was meant for another);
                          {"errors": {id: [{"category", "propertyCausingError", "value"}]}} sets
                          onPremisesProvisioningErrors ([] clears them); {"delete": [ids]}

Usage: graph_server.py USERS.json [--token T] [--client-id ID --client-secret S] [--client-certificate PEM]
       [--page-size N] [--delay SECONDS] [--throttle N] [--retry-after SECONDS]
       [--fail-503 N,N] [--drop N,N] [--batch-throttle N] [--patch-delay SECONDS]
USERS.json is a JSON array of users, or {"users": [...], "roles": [{"displayName": ...,
"members": [user or group ids]}], "eligible": [same], "groups": {id: [member ids]},
"features": {...}, "forbidden": ["/v1.0/roleManagement/directory/roleEligibilitySchedules", ...]}
(paths answered 403). A user's "onPremisesObjectIdentifier" is returned by /beta only;
its "isCloudManaged" by onPremisesSyncBehavior only. Prints its port on the first line of stdout and exits by itself
after 15 minutes.
"""
import argparse
import base64
import json
import random
import re
import sys
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

parser = argparse.ArgumentParser()
parser.add_argument("users")
parser.add_argument("--token", default="test-token")
parser.add_argument("--client-id", default="test-client")
parser.add_argument("--client-secret", default="test-secret")
parser.add_argument("--client-certificate", help="PEM certificate whose key must sign client assertions")
parser.add_argument("--page-size", type=int, default=999)
parser.add_argument("--delay", type=float, default=0.0, help="seconds before answering each request")
parser.add_argument("--throttle", type=int, default=0, help="answer the first N requests with 429")
parser.add_argument("--retry-after", type=float, default=1)
parser.add_argument("--fail-503", default="", help="request numbers (1-based) answered with 503")
parser.add_argument("--drop", default="", help="request numbers whose connection is closed unanswered")
parser.add_argument("--batch-throttle", type=int, default=0, help="answer the first N requests inside batches with 429")
parser.add_argument("--next-link", choices=["repeat", "foreign"], help="role and group pages: a nextLink to the same page, or to another host")
parser.add_argument("--redirect", default="", help="answer GET requests for this path with 302 to another host")
parser.add_argument("--patch-delay", type=float, default=0.0, help="further seconds before a batch holding writes is applied")
options = parser.parse_args()


def numbers(text):
    return [int(part) for part in text.split(",") if part.strip()]


with open(options.users, encoding="utf-8") as handle:
    loaded = json.load(handle)
if isinstance(loaded, list):
    loaded = {"users": loaded, "roles": []}

lock = threading.Lock()
users = {user["id"]: dict(user) for user in loaded.get("users", [])}
order = [user["id"] for user in loaded.get("users", [])]
roles = loaded.get("roles", [])
eligible = loaded.get("eligible", [])
groups = loaded.get("groups", {})
features = loaded.get("features")
forbidden = loaded.get("forbidden", [])
issued_tokens = {options.token}
faults = {
    "delay": options.delay,
    "throttle": options.throttle,
    "retryAfter": options.retry_after,
    "fail503": numbers(options.fail_503),
    "drop": numbers(options.drop),
    "batchThrottle": options.batch_throttle,
    "patchDelay": options.patch_delay,
}
counters = {"requests": 0, "inner": 0}
log = {"http": {}, "operations": {}, "patches": {}, "patchesReceived": 0}

USER_PROPERTIES = [
    "id", "userPrincipalName", "mail", "proxyAddresses", "onPremisesImmutableId",
    "onPremisesSyncEnabled", "userType", "displayName", "accountEnabled", "onPremisesProvisioningErrors",
]
BETA_PROPERTIES = USER_PROPERTIES + ["onPremisesObjectIdentifier"]
DEFAULT_SELECT = ["id", "userPrincipalName", "mail", "displayName", "userType"]


def graph_error(status, code, message):
    return status, {}, {"error": {"code": code, "message": message, "innerError": {"request-id": "local"}}}


def count(table, key):
    table[key] = table.get(key, 0) + 1


def template(path):
    parts = path.split("/")
    if len(parts) >= 4 and parts[2] == "users":
        parts[3] = "{id}"
    return "/".join(parts)


def project(user, select, version="v1.0"):
    fields = select or DEFAULT_SELECT
    properties = BETA_PROPERTIES if version == "beta" else USER_PROPERTIES
    known = {name.lower(): name for name in properties}
    result = {}
    for field in fields:
        name = known.get(field.lower())
        if name is None:
            continue  # Graph ignores nothing silently, but v1.0 has no such property: leave it out
        result[name] = user.get(name)
    return result


def principal_object(member):
    if member in groups:
        return {"@odata.type": "#microsoft.graph.group", "id": member, "displayName": "group " + member}
    return member_object(member)


def transitive_users(group, seen=None):
    seen = seen if seen is not None else set()
    result = []
    for member in groups.get(group, []):
        if member in groups:
            if member not in seen:
                seen.add(member)
                result.append({"@odata.type": "#microsoft.graph.group", "id": member})
                result += transitive_users(member, seen)
        else:
            result.append(member_object(member))
    return result


def paged(handler, path, items, query, size=2):
    skip = int(query.get("$skiptoken", ["0"])[0])
    result = {"value": items[skip:skip + size]}
    if skip + size < len(items):
        following = dict(query)
        following["$skiptoken"] = [str(skip + size)]
        result["@odata.nextLink"] = base_url(handler) + path + "?" + urllib.parse.urlencode(following, doseq=True)
    if options.next_link == "repeat":
        result["@odata.nextLink"] = base_url(handler) + path + "?" + urllib.parse.urlencode(query, doseq=True)
    elif options.next_link == "foreign":
        result["@odata.nextLink"] = "http://graph.evil.example" + path + "?$skiptoken=2"
    return result


owners = {}
for each in users.values():
    if each.get("onPremisesImmutableId") is not None:
        owners[each["onPremisesImmutableId"]] = each["id"]


def anchor_owner(value):
    """The id of the user holding `value` as its ImmutableId (Graph keeps them unique)."""
    return owners.get(value)


def set_properties(user, properties):
    old = user.get("onPremisesImmutableId")
    user.update(properties)
    new = user.get("onPremisesImmutableId")
    if old != new:
        if old is not None and owners.get(old) == user["id"]:
            del owners[old]
        if new is not None:
            owners[new] = user["id"]


def simulate_sync(run):
    """What an Entra Connect sync run would leave behind; called with the lock held."""
    for cloud_id, anchor in (run.get("join") or {}).items():
        if cloud_id in users:
            set_properties(users[cloud_id], {"onPremisesImmutableId": anchor, "onPremisesSyncEnabled": True})
    for user in run.get("create") or []:
        created = {"onPremisesSyncEnabled": True, "userType": "Member", "accountEnabled": True, "proxyAddresses": []}
        created.update(user)
        if created["id"] not in users:
            order.append(created["id"])
        users[created["id"]] = {"id": created["id"]}
        set_properties(users[created["id"]], created)
    for cloud_id, errors in (run.get("errors") or {}).items():
        if cloud_id in users:
            users[cloud_id]["onPremisesProvisioningErrors"] = errors
    for cloud_id in run.get("delete") or []:
        user = users.pop(cloud_id, None)
        if user is not None and owners.get(user.get("onPremisesImmutableId")) == cloud_id:
            del owners[user["onPremisesImmutableId"]]
    return {"users": len(users)}


def find_user(key):
    if key in users:
        return users[key]
    lowered = key.lower()
    for user in users.values():
        if (user.get("userPrincipalName") or "").lower() == lowered:
            return user
    return None


def member_object(member):
    return {"@odata.type": "#microsoft.graph.user", "id": member, "userPrincipalName": (users.get(member) or {}).get("userPrincipalName")}


def base_url(handler):
    return "http://%s:%d" % handler.server.server_address[:2]


def dispatch(method, target, body, handler, inner):
    """Answers one Graph call: (status, headers, JSON body or None)."""
    parsed = urllib.parse.urlsplit(target)
    path = parsed.path
    if inner and not (path.startswith("/v1.0") or path.startswith("/beta")):
        path = "/" + inner + path
    query = urllib.parse.parse_qs(parsed.query)
    select = [field for value in query.get("$select", []) for field in value.split(",") if field]
    with lock:
        count(log["operations"], "%s %s" % (method, template(path)))
    parts = [part for part in path.split("/") if part]
    version = parts[0] if parts else ""
    for prefix in forbidden:
        if path.startswith(prefix):
            return graph_error(403, "Authorization_RequestDenied", "Insufficient privileges to complete the operation.")

    if version == "beta" and parts[1:] == ["users"] and method == "GET":
        with lock:
            value = [project(users[i], select, "beta") for i in order if i in users]
        return 200, {}, paged(handler, path, value, query, size=options.page_size)

    if len(parts) == 4 and parts[1] == "users" and parts[3] == "onPremisesSyncBehavior" and method == "GET":
        with lock:
            user = find_user(urllib.parse.unquote(parts[2]))
            if user is None:
                return graph_error(404, "Request_ResourceNotFound", "Resource '%s' does not exist." % parts[2])
            return 200, {}, {"isCloudManaged": bool(user.get("isCloudManaged"))}

    if len(parts) == 3 and version == "beta" and parts[1] == "users" and method == "GET":
        with lock:
            user = find_user(urllib.parse.unquote(parts[2]))
            if user is None:
                return graph_error(404, "Request_ResourceNotFound", "Resource '%s' does not exist." % parts[2])
            return 200, {}, project(user, select, "beta")

    if parts == ["v1.0", "directory", "onPremisesSynchronization"] and method == "GET":
        if features is None:
            return graph_error(403, "Authorization_RequestDenied", "Insufficient privileges to complete the operation.")
        return 200, {}, {"value": [{"id": "sync-1", "configuration": {}, "features": features}]}

    if len(parts) == 4 and parts[:2] == ["v1.0", "roleManagement"] and parts[2] == "directory" and parts[3] in ("roleAssignments", "roleEligibilitySchedules") and method == "GET":
        source = roles if parts[3] == "roleAssignments" else eligible
        expand = query.get("$expand", [""])[0] == "principal"
        items = []
        with lock:
            for number, role in enumerate(source):
                for member in role.get("members", []):
                    item = {"id": "%s-%d-%s" % (parts[3], number, member), "roleDefinitionId": "role-%d" % number,
                            "principalId": member, "directoryScopeId": "/"}
                    if expand:
                        item["principal"] = principal_object(member)
                    items.append(item)
        return 200, {}, paged(handler, path, items, query)

    if len(parts) == 4 and parts[:2] == ["v1.0", "groups"] and parts[3] == "transitiveMembers" and method == "GET":
        group = urllib.parse.unquote(parts[2])
        if group not in groups:
            return graph_error(404, "Request_ResourceNotFound", "Resource '%s' does not exist." % group)
        with lock:
            members = transitive_users(group)
        return 200, {}, paged(handler, path, members, query)

    if parts == ["v1.0", "users"] and method == "GET" and "$filter" in query:
        match = re.fullmatch(r"onPremisesImmutableId eq '((?:[^']|'')*)'", query["$filter"][0], re.IGNORECASE)
        if match is None:
            return graph_error(400, "Request_UnsupportedQuery", "Unsupported or invalid query filter clause specified.")
        with lock:
            holder = anchor_owner(match.group(1).replace("''", "'"))
            value = [project(users[holder], select)] if holder in users else []
        return 200, {}, {"@odata.context": "https://graph.microsoft.com/v1.0/$metadata#users", "value": value}

    if parts == ["v1.0", "users"] and method == "GET":
        top = int(query.get("$top", ["100"])[0])
        if top < 1 or top > 999:
            return graph_error(400, "Request_UnsupportedQuery", "Invalid page size specified: '%d'. Must be between 1 and 999 inclusive." % top)
        page = min(top, options.page_size)
        skip = int(query.get("$skiptoken", ["0"])[0])
        with lock:
            ids = order[skip:skip + page]
            value = [project(users[i], select) for i in ids if i in users]
            more = skip + page < len(order)
        result = {"@odata.context": "https://graph.microsoft.com/v1.0/$metadata#users", "value": value}
        if more:
            following = dict(query)
            following["$skiptoken"] = [str(skip + page)]
            result["@odata.nextLink"] = base_url(handler) + "/v1.0/users?" + urllib.parse.urlencode(following, doseq=True)
        return 200, {}, result

    if len(parts) == 3 and parts[:2] == ["v1.0", "users"]:
        key = urllib.parse.unquote(parts[2])
        with lock:
            user = find_user(key)
            if user is None:
                return graph_error(404, "Request_ResourceNotFound", "Resource '%s' does not exist or one of its queried reference-property objects are not present." % key)
            if method == "GET":
                return 200, {}, project(user, select)
            if method == "PATCH":
                log["patchesReceived"] += 1
                if not isinstance(body, dict):
                    return graph_error(400, "BadRequest", "Empty Payload. JSON content expected.")
                if "onPremisesImmutableId" in body:
                    value = body["onPremisesImmutableId"]
                    if user.get("onPremisesSyncEnabled"):
                        return graph_error(400, "Request_BadRequest", "Unable to update the specified properties for on-premises mastered Directory Sync objects or objects currently undergoing migration.")
                    if value is not None and anchor_owner(value) not in (None, user["id"]):
                        return graph_error(400, "Request_BadRequest", "Another object with the same value for property onPremisesImmutableId already exists.")
                set_properties(user, body)
                count(log["patches"], user["id"])
                return 204, {}, None
        return graph_error(405, "Request_BadRequest", "Method not allowed.")

    if parts == ["v1.0", "directoryRoles"] and method == "GET":
        expand = query.get("$expand", [""])[0]
        value = []
        with lock:
            for number, role in enumerate(roles):
                entry = {"id": "role-%d" % number, "displayName": role.get("displayName"), "roleTemplateId": role.get("roleTemplateId")}
                if expand == "members":
                    # Graph expands at most 20 directory objects.
                    entry["members"] = [member_object(member) for member in role.get("members", [])[:20]]
                value.append(entry)
        return 200, {}, {"value": value}

    if len(parts) == 4 and parts[:2] == ["v1.0", "directoryRoles"] and parts[3] == "members" and method == "GET":
        number = int(parts[2].split("-")[-1]) if parts[2].startswith("role-") else -1
        if number < 0 or number >= len(roles):
            return graph_error(404, "Request_ResourceNotFound", "Resource '%s' does not exist." % parts[2])
        skip = int(query.get("$skiptoken", ["0"])[0])
        members = roles[number].get("members", [])
        with lock:
            value = [member_object(member) for member in members[skip:skip + 10]]
        result = {"value": value}
        if skip + 10 < len(members):
            result["@odata.nextLink"] = base_url(handler) + path + "?$skiptoken=%d" % (skip + 10)
        return 200, {}, result

    return graph_error(400, "BadRequest", "Resource not found for the segment '%s'." % (parts[-1] if parts else ""))


# MARK: - Client assertions (certificate credentials)

JWT_BEARER = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"
used_assertion_ids = set()


def load_certificate(path):
    """The registered certificate and its x5t#S256; `cryptography` is imported only when one is given."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    with open(path, "rb") as handle:
        certificate = x509.load_pem_x509_certificate(handle.read())
    return certificate, b64url(certificate.fingerprint(hashes.SHA256()))


def b64url(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def b64url_decode(text):
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


registered = load_certificate(options.client_certificate) if options.client_certificate else None


def assertion_refusal(form, token_url):
    """Entra's error description for a client assertion it would refuse; None when it is good."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import padding

    if form.get("client_assertion_type") != [JWT_BEARER]:
        return "AADSTS700027: Client assertion type is missing or is not %s." % JWT_BEARER
    parts = form.get("client_assertion", [""])[0].split(".")
    try:
        header = json.loads(b64url_decode(parts[0]))
        claims = json.loads(b64url_decode(parts[1]))
        signature = b64url_decode(parts[2])
    except (IndexError, ValueError):
        return "AADSTS700027: Client assertion is not a valid JWT."
    if not isinstance(header, dict) or not isinstance(claims, dict):
        return "AADSTS700027: Client assertion is not a valid JWT."
    if header.get("alg") != "RS256":
        return "AADSTS700027: Client assertion uses an unsupported algorithm '%s'." % header.get("alg")
    if registered is None or header.get("x5t#S256") != registered[1]:
        return ("AADSTS700027: Client assertion contains an invalid signature. [Reason - The key was not found., "
                "Thumbprint of key used by client: '%s', Please visit the Azure Portal, Graph Explorer or directly use MS Graph "
                "to see configured keys for app Id '%s'.]" % (header.get("x5t#S256"), options.client_id))
    try:
        registered[0].public_key().verify(signature, (parts[0] + "." + parts[1]).encode(), padding.PKCS1v15(), hashes.SHA256())
    except InvalidSignature:
        return "AADSTS700027: Client assertion failed signature validation."
    if claims.get("aud") != token_url:
        return "AADSTS700027: Client assertion audience claim does not match Realm issuer. Review the documentation at https://aka.ms/certCreds ."
    if claims.get("iss") != options.client_id or claims.get("sub") != options.client_id:
        return "AADSTS700027: Client assertion issuer and subject must both be the application id '%s'." % options.client_id
    now = time.time()
    if not isinstance(claims.get("exp"), int) or not isinstance(claims.get("nbf"), int) or claims["exp"] <= now or claims["nbf"] > now + 1:
        return "AADSTS700024: Client assertion is not within its valid time range. Current time: %d, assertion valid from %s, expiry time of assertion %s." % (
            now, claims.get("nbf"), claims.get("exp"))
    with lock:
        if not claims.get("jti") or claims["jti"] in used_assertion_ids:
            return "AADSTS700027: Client assertion has no jti, or one already used."
        used_assertion_ids.add(claims["jti"])
    return None


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Headers and body go out in two writes; with Nagle on, the second waits for a delayed ACK (40 ms).
    disable_nagle_algorithm = True

    def log_message(self, *args):
        pass

    def body(self):
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def answer(self, status, headers, body, content_type="application/json"):
        data = b"" if body is None else json.dumps(body).encode()
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        if body is not None:
            self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        self.handle_any("GET")

    def do_POST(self):
        self.handle_any("POST")

    def do_PATCH(self):
        self.handle_any("PATCH")

    def handle_any(self, method):
        raw = self.body()
        path = urllib.parse.urlsplit(self.path).path
        if path.startswith("/_control/"):
            return self.control(method, path, raw)
        with lock:
            counters["requests"] += 1
            number = counters["requests"]
            count(log["http"], "%s %s" % (method, template(path)))
            delay = faults["delay"]
            throttled = number <= faults["throttle"]
            failing = number in faults["fail503"]
            dropping = number in faults["drop"]
            retry_after = faults["retryAfter"]
        if delay:
            time.sleep(delay)
        if dropping:
            # Half an answer, then the connection goes: the client cannot mistake it for a reply.
            self.close_connection = True
            self.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"value\": [")
            self.wfile.flush()
            self.connection.shutdown(2)
            return
        if throttled:
            status, _, answer = graph_error(429, "TooManyRequests", "Too many requests.")
            return self.answer(status, {"Retry-After": "%g" % retry_after}, answer)
        if failing:
            return self.answer(*graph_error(503, "ServiceUnavailable", "The service is temporarily unavailable."))

        if path.endswith("/oauth2/v2.0/token") and method == "POST":
            return self.token(raw)
        if options.redirect and path == options.redirect and method == "GET":
            return self.answer(302, {"Location": "http://graph.evil.example" + self.path}, {})
        authorization = self.headers.get("Authorization", "")
        if not authorization.startswith("Bearer ") or authorization[len("Bearer "):] not in issued_tokens:
            return self.answer(*graph_error(401, "InvalidAuthenticationToken", "Access token validation failure. Invalid audience."))
        try:
            body = json.loads(raw) if raw else None
        except ValueError:
            return self.answer(*graph_error(400, "BadRequest", "Unable to read JSON request payload."))
        if path in ("/v1.0/$batch", "/beta/$batch") and method == "POST":
            return self.batch(body, path.split("/")[1])
        return self.answer(*dispatch(method, self.path, body, self, inner=None))

    def batch(self, body, version):
        requests = (body or {}).get("requests")
        if not isinstance(requests, list) or not requests:
            return self.answer(*graph_error(400, "BadRequest", "Invalid batch payload format."))
        if len(requests) > 20:
            return self.answer(*graph_error(400, "BadRequest", "Number of batch requests exceeds the max of 20."))
        ids = [request.get("id") for request in requests]
        if len(set(ids)) != len(ids):
            return self.answer(*graph_error(400, "BadRequest", "Batch request ids must be unique."))
        with lock:
            patch_delay = faults["patchDelay"]
        if patch_delay and any(request.get("method") == "PATCH" for request in requests):
            time.sleep(patch_delay)
        responses = []
        for request in requests:
            with lock:
                counters["inner"] += 1
                throttled = counters["inner"] <= faults["batchThrottle"]
                retry_after = faults["retryAfter"]
            if throttled:
                status, headers, answer = graph_error(429, "TooManyRequests", "Too many requests.")
                headers = {"Retry-After": "%g" % retry_after}
            else:
                status, headers, answer = dispatch(request.get("method", "GET"), request.get("url", ""), request.get("body"), self, inner=version)
            response = {"id": request.get("id"), "status": status, "headers": headers}
            if answer is not None:
                response["body"] = answer
            responses.append(response)
        random.shuffle(responses)
        return self.answer(200, {}, {"responses": responses})

    def token(self, raw):
        form = urllib.parse.parse_qs(raw.decode())
        if form.get("grant_type") != ["client_credentials"]:
            return self.answer(400, {}, {"error": "unsupported_grant_type", "error_description": "AADSTS70003: The app requested an unsupported grant type."})
        if form.get("client_id") != [options.client_id]:
            return self.answer(400, {}, {"error": "unauthorized_client", "error_description": "AADSTS700016: Application with identifier '%s' was not found in the directory." % form.get("client_id", [""])[0]})
        if "client_assertion" in form or "client_assertion_type" in form:
            refusal = assertion_refusal(form, base_url(self) + urllib.parse.urlsplit(self.path).path)
            if refusal:
                return self.answer(400, {}, {"error": "invalid_client", "error_description": refusal})
        elif form.get("client_secret") != [options.client_secret]:
            return self.answer(401, {}, {"error": "invalid_client", "error_description": "AADSTS7000215: Invalid client secret provided."})
        token = "issued-%d" % random.randrange(1 << 60)
        with lock:
            issued_tokens.add(token)
        return self.answer(200, {}, {"token_type": "Bearer", "expires_in": 3599, "ext_expires_in": 3599, "access_token": token})

    def control(self, method, path, raw):
        with lock:
            if path == "/_control/state":
                return self.answer(200, {}, {"users": [users[i] for i in order if i in users]})
            if path == "/_control/log":
                return self.answer(200, {}, log)
            if path == "/_control/user" and method == "POST":
                change = json.loads(raw or b"{}")
                if change.get("id") not in users:
                    return self.answer(404, {}, {"error": "no such user"})
                set_properties(users[change["id"]], change)
                return self.answer(200, {}, users[change["id"]])
            if path == "/_control/sync" and method == "POST":
                return self.answer(200, {}, simulate_sync(json.loads(raw or b"{}")))
            if path == "/_control/faults" and method == "POST":
                faults.update(json.loads(raw or b"{}"))
                counters["requests"] = 0
                counters["inner"] = 0
                return self.answer(200, {}, faults)
        return self.answer(404, {}, {"error": "unknown control path"})


class Server(ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        # A client that hung up (a test that timed out on purpose, a killed binary) is
        # not a server error: no traceback in a passing test run.
        if isinstance(sys.exc_info()[1], ConnectionError):
            return
        super().handle_error(request, client_address)


server = Server(("127.0.0.1", 0), Handler)
server.daemon_threads = True
print(server.server_address[1], flush=True)
threading.Timer(900, server.shutdown).start()
server.serve_forever()
