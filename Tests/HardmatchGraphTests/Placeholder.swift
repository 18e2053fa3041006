import Testing

@Test func graphTargetBuilds() {
    #expect(Bool(true))
}
