import ArgumentParser
import Foundation
import HardmatchGraph
import Logging

/// How to reach Microsoft Graph (SPEC §4): endpoints, and a token or client credentials
/// (a secret or a certificate).
///
/// Tokens, secrets and private keys are read from the environment or a file, never from argv,
/// where any user of the machine can see them with `ps`.
struct GraphOptions: ParsableArguments {
    @Option(name: .customLong("token-env"), help: ArgumentHelp("Read a Graph access token from this environment variable.", valueName: "NAME"))
    var tokenEnvironment: String?

    @Option(name: .customLong("token-file"), help: ArgumentHelp("Read a Graph access token from this file.", valueName: "PATH"))
    var tokenFile: String?

    @Option(help: ArgumentHelp("Tenant id or domain, for client credentials.", valueName: "TENANT"))
    var tenant: String?

    @Option(name: .customLong("client-id"), help: ArgumentHelp("Application (client) id, for client credentials.", valueName: "ID"))
    var clientID: String?

    @Option(name: .customLong("client-secret-env"), help: ArgumentHelp("Read the client secret from this environment variable.", valueName: "NAME"))
    var clientSecretEnvironment: String?

    @Option(name: .customLong("client-certificate"), help: ArgumentHelp("The app's certificate (PEM), for client credentials without a secret.", valueName: "PATH"))
    var clientCertificate: String?

    @Option(name: .customLong("client-key"), help: ArgumentHelp("The certificate's RSA private key (PEM, unencrypted, mode 600).", valueName: "PATH"))
    var clientKey: String?

    @Option(name: .customLong("graph-url"), help: ArgumentHelp("Microsoft Graph's address (a national cloud's, or a test server's).", valueName: "URL"))
    var graphURL = GraphConfiguration.defaultGraphURL

    @Option(name: .customLong("login-url"), help: ArgumentHelp("The token endpoint's address.", valueName: "URL"))
    var loginURL = GraphConfiguration.defaultLoginURL

    /// True when any way of authenticating was given: `plan` then reads users live.
    var isGiven: Bool {
        tokenEnvironment != nil || tokenFile != nil || tenant != nil || clientID != nil || clientSecretEnvironment != nil
            || clientCertificate != nil || clientKey != nil
    }

    /// Exactly one cloud source for `plan` and `verify`: export files or live Graph.
    /// `export` says what the files are (e.g. "taken after the sync").
    func requireOneCloudSource(files: [String], export: String) throws {
        switch (files.isEmpty, isGiven) {
        case (true, false):
            throw ValidationError("give the cloud users with --cloud PATH (a Microsoft Graph export of /users\(export); repeat for every page), or read them live with --token-env NAME or client credentials")
        case (false, true):
            throw ValidationError("give either --cloud files or Graph credentials, not both")
        default:
            break
        }
    }

    func validate() throws {
        let token = tokenEnvironment != nil || tokenFile != nil
        let certificate = clientCertificate != nil || clientKey != nil
        let client = tenant != nil || clientID != nil || clientSecretEnvironment != nil || certificate
        if tokenEnvironment != nil && tokenFile != nil {
            throw ValidationError("give either --token-env or --token-file, not both")
        }
        if token && client {
            throw ValidationError("give a token (--token-env, --token-file) or client credentials (--tenant, --client-id, and --client-secret-env or --client-certificate with --client-key), not both")
        }
        if clientSecretEnvironment != nil && certificate {
            throw ValidationError("give either --client-secret-env or --client-certificate with --client-key, not both")
        }
        if certificate && (clientCertificate == nil || clientKey == nil) {
            throw ValidationError(clientKey == nil ? "--client-certificate needs --client-key (its private key) as well" : "--client-key needs --client-certificate as well")
        }
        if client {
            var missing: [String] = []
            if tenant == nil { missing.append("--tenant") }
            if clientID == nil { missing.append("--client-id") }
            if clientSecretEnvironment == nil && !certificate { missing.append("--client-secret-env (or --client-certificate with --client-key)") }
            if !missing.isEmpty {
                throw ValidationError("client credentials need \(missing.joined(separator: " and ")) as well")
            }
        }
    }

    /// The configuration to build a `GraphClient` from; fails when no credentials were given.
    func configuration(verbose: Bool = false) throws -> GraphConfiguration {
        do {
            var configuration = try GraphConfiguration(graphURL: graphURL, loginURL: loginURL, credentials: try credentials())
            configuration.logger = .hardmatch("hardmatch.graph", verbose: verbose)
            return configuration
        } catch let error as GraphError {
            throw CommandFailure(error.description)
        } catch let error as CertificateError {
            throw CommandFailure(error.description)
        }
    }

    private func credentials() throws -> GraphCredentials {
        if let name = tokenEnvironment {
            guard let value = ProcessInfo.processInfo.environment[name] else {
                throw CommandFailure("--token-env \(name): no such environment variable is set")
            }
            return .accessToken(try Self.token(value, source: "--token-env \(name)"))
        }
        if let path = tokenFile {
            let data = try SecretFile.read(path, option: "--token-file")
            return .accessToken(try Self.token(String(decoding: data, as: UTF8.self), source: "--token-file \(path)"))
        }
        if let tenant, let clientID, let name = clientSecretEnvironment {
            guard let secret = ProcessInfo.processInfo.environment[name], !secret.isEmpty else {
                throw CommandFailure("--client-secret-env \(name): no such environment variable is set, or it is empty")
            }
            return .clientSecret(tenant: tenant, clientID: clientID, secret: GraphSecret(secret))
        }
        if let tenant, let clientID, let clientCertificate, let clientKey {
            let certificate = try ClientCertificate(certificateFile: clientCertificate, keyFile: clientKey)
            return .clientCertificate(tenant: tenant, clientID: clientID, certificate: certificate)
        }
        throw CommandFailure(
            "no Graph credentials: give --token-env NAME, --token-file PATH, or --tenant, --client-id and --client-secret-env NAME or --client-certificate PATH --client-key PATH"
        )
    }

    /// A token as pasted: surrounding whitespace and a `Bearer ` prefix removed.
    private static func token(_ text: String, source: String) throws -> GraphSecret {
        var token = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if token.lowercased().hasPrefix("bearer ") { token = String(token.dropFirst(7)).trimmingCharacters(in: .whitespaces) }
        guard !token.isEmpty else { throw CommandFailure("\(source): the token is empty") }
        guard token.unicodeScalars.allSatisfy({ $0.isASCII && $0.value > 0x20 && $0.value < 0x7f }) else {
            throw CommandFailure("\(source): the token holds spaces or control characters; give the access token alone")
        }
        return GraphSecret(token)
    }
}
