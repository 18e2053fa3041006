import Foundation
import HardmatchTestSupport
import Testing

/// `apply --verbose`: the Graph client's requests, waits and skipped writes on standard error,
/// and never a secret or a token.
@Suite struct ApplyVerboseTests {
    @Test func verboseTellsRequestsWaitsAndSkippedWritesButNoSecret() throws {
        let server = try GraphServer(
            users: (1...3).map { GraphFixtures.cloudUser($0) },
            arguments: ["--client-secret", "S3cret-Value-0192837465", "--throttle", "1", "--retry-after", "0"]
        )
        defer { server.stop() }
        try server.change(user: GraphFixtures.cloudID(2), ["userType": "Guest"])
        let folder = try ScratchFolder()
        let plan = try folder.write("plan.json", GraphFixtures.plan(1...3))
        let arguments = ["apply", plan, "--yes", "--journal", folder.path("journal"), "--graph-url", server.url, "--login-url", server.url,
                         "--tenant", "contoso.onmicrosoft.com", "--client-id", GraphServer.clientID, "--client-secret-env", "HM_SECRET"]
        let environment = ["HM_SECRET": "S3cret-Value-0192837465"]

        let verbose = try CommandRunner.run(arguments + ["--verbose"], environment: environment)
        #expect(verbose.status == 0, "\(verbose.standardError)")
        let lines = verbose.errorLines
        #expect(lines.contains { $0.hasPrefix("debug: hardmatch.graph: token request ") })
        #expect(lines.contains { $0.hasPrefix("debug: hardmatch.graph: request ") && $0.contains("method=GET") })
        // The first request, the token's, is the throttled one.
        #expect(lines.contains { $0.hasPrefix("info: hardmatch.graph: token endpoint busy; waiting ") && $0.contains("retryAfter=0") && $0.contains("status=429") })
        #expect(lines.contains { $0.hasPrefix("info: hardmatch.graph: write skipped ") && $0.contains("cloudID=\(GraphFixtures.cloudID(2))") })
        for text in [verbose.output, verbose.standardError] {
            #expect(!text.contains("S3cret-Value-0192837465"))
            #expect(!text.contains("issued-"))
            #expect(!text.contains("Bearer"))
        }

        // Without --verbose the libraries say nothing.
        let quiet = try CommandRunner.run(["apply", plan] + server.arguments, environment: server.environment)
        #expect(quiet.status == 0, "\(quiet.standardError)")
        #expect(!quiet.standardError.contains("hardmatch.graph"))
        let tokenRun = try CommandRunner.run(["apply", plan, "--verbose"] + server.arguments, environment: server.environment)
        #expect(tokenRun.standardError.contains("hardmatch.graph: request"))
        #expect(!tokenRun.standardError.contains(GraphServer.token) && !tokenRun.output.contains(GraphServer.token))
    }
}
