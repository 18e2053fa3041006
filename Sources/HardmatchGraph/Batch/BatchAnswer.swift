import HardmatchCore
/// The final answer to one request of a batch, after any retries inside later batches.
enum BatchAnswer: Sendable {
    case success(status: Int, body: JSONValue?)
    case failure(GraphError)
}
