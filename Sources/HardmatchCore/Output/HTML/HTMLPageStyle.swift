/// The page's inline style sheet, screen and print.
///
/// Inline because the page travels as a mail attachment: nothing may be fetched. Print
/// drops the controls and the table of all entries (thousands of rows nobody prints) and
/// keeps the decisions and the groups, a group per page break where it fits.
enum HTMLPageStyle {
    static let source = """
    :root{--good:#2e7d32;--neutral:#1565c0;--warn:#b26a00;--bad:#c62828;--ink:#1b1f24;--muted:#5b6570;--line:#d8dde3;--paper:#fff;--tint:#f4f6f8}
    *{box-sizing:border-box}
    body{margin:0 auto;max-width:1200px;padding:24px;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--paper)}
    h1{font-size:24px;margin:0 0 4px}h2{font-size:19px;margin:28px 0 10px;border-bottom:2px solid var(--line);padding-bottom:4px}h3{font-size:15px;margin:14px 0 6px}
    .headline{color:var(--muted);margin:0}
    .overview{display:flex;flex-wrap:wrap;gap:24px;align-items:flex-start}
    .facts{margin:0;flex:1 1 320px;display:grid;gap:2px}
    .fact{display:grid;grid-template-columns:minmax(0,1.4fr) minmax(0,1fr);gap:8px;padding:4px 8px;border-left:4px solid var(--line);background:var(--tint)}
    .fact dt{font-weight:600;overflow-wrap:anywhere}.fact dd{margin:0;overflow-wrap:anywhere}
    .fact.warn{border-left-color:var(--warn)}.fact.bad{border-left-color:var(--bad)}.fact.good{border-left-color:var(--good)}
    .charts{flex:1 1 560px}.chart{margin:0 0 12px}.chart figcaption{font-weight:600;margin-bottom:4px}.chart svg{max-width:100%;height:auto}
    .chart text{font:13px system-ui,sans-serif;fill:var(--ink)}
    .bar.good rect{fill:var(--good)}.bar.neutral rect{fill:var(--neutral)}.bar.warn rect{fill:var(--warn)}.bar.bad rect{fill:var(--bad)}
    .actions li{margin:4px 0}.none{color:var(--muted)}
    .group{border:1px solid var(--line);border-left:6px solid var(--neutral);border-radius:4px;padding:4px 14px 10px;margin:10px 0;break-inside:avoid-page}
    .group.bad{border-left-color:var(--bad)}.group.warn{border-left-color:var(--warn)}.group.good{border-left-color:var(--good)}
    .group ul{margin:6px 0;padding-left:20px;max-height:22em;overflow:auto}.group li{overflow-wrap:anywhere}
    .count{display:inline-block;min-width:2em;padding:0 6px;border-radius:10px;background:var(--tint);color:var(--muted);font-size:12px;text-align:center}
    .remedy{margin:4px 0}.more{color:var(--muted);margin:2px 0}
    .controls{display:flex;flex-wrap:wrap;gap:10px 18px;align-items:center;margin:8px 0;position:sticky;top:0;background:var(--paper);padding:6px 0;z-index:1}
    .controls input{width:22em}.controls input,.controls select{font:inherit;padding:3px 6px}
    #shown{color:var(--muted)}
    table{border-collapse:collapse;width:100%;font-size:13px}
    th,td{border-bottom:1px solid var(--line);padding:3px 6px;text-align:left;vertical-align:top;overflow-wrap:anywhere}
    td{min-width:6.5em}td:last-child{min-width:24em}
    th{background:var(--tint);position:sticky;top:44px}
    th button{all:unset;cursor:pointer;font-weight:600}th button:focus-visible{outline:2px solid var(--neutral)}
    th[aria-sort=ascending] button::after{content:" \\25B2"}th[aria-sort=descending] button::after{content:" \\25BC"}
    tbody tr:nth-child(even){background:#fafbfc}
    button.show,#more{font:inherit;margin-top:4px;padding:2px 10px;cursor:pointer}
    @media print{
    body{max-width:none;padding:0;font-size:11pt}
    .controls,button,#entries,noscript{display:none!important}
    .group ul{max-height:none;overflow:visible}
    .fact,.count,.group{-webkit-print-color-adjust:exact;print-color-adjust:exact}
    h2{break-after:avoid}
    }
    """
}
