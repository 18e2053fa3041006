@testable import HardmatchCore
import Testing

/// The escaping every value on an HTML page goes through.
@Suite struct HTMLTextTests {
    @Test func textEscapesWhatCouldOpenMarkupOrLeaveAnAttribute() {
        var html = HTMLText()
        html.text("<script>alert(1)</script> \"><img onerror=x> & 'q'")
        #expect(String(decoding: html.bytes, as: UTF8.self) == "&lt;script&gt;alert(1)&lt;/script&gt; &quot;&gt;&lt;img onerror=x&gt; &amp; &#39;q&#39;")
    }

    @Test func scriptStringsCannotEndTheDataBlock() {
        var html = HTMLText()
        html.scriptString("</script><script>alert(1)</script>\u{2028}\"\\\n\u{01}é")
        let text = String(decoding: html.bytes, as: UTF8.self)
        #expect(!text.contains("<") && !text.contains(">"))
        #expect(text == #""\u003c/script\u003e\u003cscript\u003ealert(1)\u003c/script\u003e\u2028\"\\\n\u0001é""#)
    }

    @Test func nilIsNull() {
        var html = HTMLText()
        html.scriptString(nil)
        #expect(html.bytes == Array("null".utf8))
    }
}
