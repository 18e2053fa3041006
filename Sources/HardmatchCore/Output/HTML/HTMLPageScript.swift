/// The page's inline script: the table of all entries, sorted and filtered in the browser.
///
/// The rows arrive as JSON (`<script type="application/json" id="rows">`) and are put into
/// the page with `textContent` only, never as markup, so a value cannot become an element.
/// Only the first rows of the current order are built (more on demand): that keeps a page
/// of 100,000 entries interactive in well under a second where building every row would
/// take many. `?q=TEXT` and `?COLUMN=VALUE` (a facet's column name) in the page's address
/// preset the filters, `?sort=COLUMN` (and `&desc`) the order: links, and tests, can open
/// the page already filtered. When the table is ready the root element gets `data-ready`
/// (milliseconds since navigation), and `data-painted` once the first frame after it is
/// drawn; the benchmark reads both.
enum HTMLPageScript {
    static let source = """
    (function(){"use strict";
    var root=document.documentElement,table=document.getElementById("table"),body=table.tBodies[0];
    var data=JSON.parse(document.getElementById("rows").textContent);
    var q=document.getElementById("q"),shown=document.getElementById("shown"),more=document.getElementById("more");
    var selects=Array.prototype.slice.call(document.querySelectorAll("select[data-column]"));
    var heads=Array.prototype.slice.call(table.tHead.rows[0].cells);
    var PAGE=200,limit=PAGE,order=[],sortColumn=-1,sortDirection=1,haystack=null,keys=[],timer=0;
    function cell(r,c){var v=data[r][c];return v==null?"":v;}
    function fill(){selects.forEach(function(s){var c=+s.dataset.column,seen=new Map();
    for(var i=0;i<data.length;i++){var v=cell(i,c);seen.set(v,(seen.get(v)||0)+1);}
    Array.from(seen.keys()).sort().forEach(function(v){var o=document.createElement("option");o.value=v;o.textContent=(v===""?"(none)":v)+" ("+seen.get(v)+")";s.appendChild(o);});});}
    function choose(s,v){for(var i=1;i<s.options.length;i++){if(s.options[i].value===v){s.selectedIndex=i;return;}}
    var o=document.createElement("option");o.value=v;o.textContent=v+" (0)";s.appendChild(o);s.selectedIndex=s.options.length-1;}
    function text(i){if(!haystack){haystack=new Array(data.length);for(var j=0;j<data.length;j++){haystack[j]=data[j].join("\\u0001").toLowerCase();}}return haystack[i];}
    function key(c){if(!keys[c]){var k=new Array(data.length);for(var i=0;i<data.length;i++){k[i]=cell(i,c).toLowerCase();}keys[c]=k;}return keys[c];}
    function sort(){if(sortColumn<0){return;}var k=key(sortColumn),d=sortDirection;
    order.sort(function(a,b){var x=k[a],y=k[b];return x<y?-d:x>y?d:a-b;});}
    function filter(){var needle=q.value.trim().toLowerCase(),active=selects.filter(function(s){return s.selectedIndex>0;});
    order=[];for(var i=0;i<data.length;i++){var ok=true;
    for(var a=0;a<active.length&&ok;a++){ok=cell(i,+active[a].dataset.column)===active[a].value;}
    if(ok&&needle){ok=text(i).indexOf(needle)>=0;}if(ok){order.push(i);}}
    sort();limit=PAGE;render();}
    function render(){var fragment=document.createDocumentFragment(),n=Math.min(limit,order.length);
    for(var i=0;i<n;i++){var row=data[order[i]],tr=document.createElement("tr");
    for(var c=0;c<row.length;c++){var td=document.createElement("td");td.textContent=row[c]==null?"":row[c];tr.appendChild(td);}
    fragment.appendChild(tr);}
    body.replaceChildren(fragment);
    shown.dataset.count=order.length;shown.dataset.rendered=n;
    shown.textContent=order.length+" of "+data.length+" entries"+(n<order.length?" (the first "+n+" shown)":"");
    more.hidden=n>=order.length;}
    function by(c){if(sortColumn===c){sortDirection=-sortDirection;}else{sortColumn=c;sortDirection=1;}
    heads.forEach(function(h,i){h.setAttribute("aria-sort",i===sortColumn?(sortDirection>0?"ascending":"descending"):"none");});
    sort();limit=PAGE;render();}
    heads.forEach(function(h,i){h.querySelector("button").addEventListener("click",function(){by(i);});});
    q.addEventListener("input",function(){clearTimeout(timer);timer=setTimeout(filter,120);});
    selects.forEach(function(s){s.addEventListener("change",filter);});
    more.addEventListener("click",function(){limit+=PAGE*5;render();});
    Array.prototype.slice.call(document.querySelectorAll("button.show")).forEach(function(b){b.addEventListener("click",function(){
    q.value="";selects.forEach(function(s){s.selectedIndex=0;if(s.dataset.column===b.dataset.column){choose(s,b.dataset.value);}});
    filter();document.getElementById("entries").scrollIntoView();});});
    fill();
    var params=new URLSearchParams(location.search);
    if(params.has("q")){q.value=params.get("q");}
    selects.forEach(function(s){if(params.has(s.dataset.name)){choose(s,params.get(s.dataset.name));}});
    if(params.has("sort")){heads.forEach(function(h,i){if(h.textContent===params.get("sort")){sortColumn=i;sortDirection=params.has("desc")?-1:1;
    h.setAttribute("aria-sort",sortDirection>0?"ascending":"descending");}});}
    filter();
    root.dataset.ready=String(Math.round(performance.now()));
    requestAnimationFrame(function(){setTimeout(function(){root.dataset.painted=String(Math.round(performance.now()));},0);});
    })();
    """
}
