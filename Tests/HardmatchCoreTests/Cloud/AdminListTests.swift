import HardmatchCore
import Testing

@Suite struct AdminListTests {
    @Test func idsAndUPNsCommentsAndBlankLines() {
        let list = AdminList(text: Array("# admins\n\n  ID-1 \r\nboss@Contoso.com\n# end\nnobody@contoso.com\n".utf8))
        #expect(list.entries.map(\.value) == ["ID-1", "boss@Contoso.com", "nobody@contoso.com"])
        #expect(list.entries.map(\.line) == [3, 4, 6])
        let users = [CloudUser(id: "id-1"), CloudUser(id: "id-2", userPrincipalName: "boss@contoso.com"), CloudUser(id: "id-3")]
        let (ids, unmatched) = list.resolve(against: users)
        #expect(ids == ["id-1", "id-2"])
        #expect(unmatched.map(\.value) == ["nobody@contoso.com"])
    }
}
