package dev.delist.report;

/** The report page's inline style and script: static text, so the script's hash can pin the CSP. */
final class HtmlAssets {

	static final String STYLE = """
			body{font:14px/1.4 system-ui,sans-serif;margin:1.5em;color:#1b1b1b}
			table{border-collapse:collapse;width:100%;margin:.5em 0 1.5em}
			th,td{border:1px solid #ccc;padding:4px 6px;vertical-align:top;text-align:left;overflow-wrap:anywhere}
			th[data-sort]{cursor:pointer;text-decoration:underline dotted}
			.incomplete{background:#b00020;color:#fff;padding:.5em 1em;border-radius:4px}
			.incomplete h2{margin:.2em 0}
			.complete{background:#e6f4ea;padding:.5em 1em;border-radius:4px}
			td.tier,th{white-space:nowrap}.tier.CONFIRMED{background:#fde0e0}.tier.LIKELY{background:#fff1d6}.tier.POSSIBLE{background:#eef}
			dl{margin:0}dt{font-size:11px;color:#555}dd{margin:0 0 2px}
			.meta,.note{color:#444}.filters{margin:.5em 0}
			td.title{max-width:28em}
			""";

	static final String SCRIPT = """
			(function(){
			  document.querySelectorAll('form.filters').forEach(function(form){
			    var table=document.getElementById(form.dataset.table);
			    var rows=Array.prototype.slice.call(table.tBodies[0].rows);
			    var selects=form.querySelectorAll('select');
			    selects.forEach(function(select){
			      var key=select.dataset.filter, seen={};
			      rows.forEach(function(row){ row.dataset[key].split(' ').forEach(function(v){ seen[v]=true; }); });
			      Object.keys(seen).sort().forEach(function(value){
			        var option=document.createElement('option'); option.value=value; option.textContent=value;
			        select.appendChild(option);
			      });
			      select.addEventListener('change', apply);
			    });
			    function apply(){
			      var shown=0;
			      rows.forEach(function(row){
			        var ok=true;
			        selects.forEach(function(s){ if(s.value && (' '+row.dataset[s.dataset.filter]+' ').indexOf(' '+s.value+' ')<0){ ok=false; } });
			        row.hidden=!ok; if(ok){ shown++; }
			      });
			      form.querySelector('.shown').textContent=shown+' of '+rows.length+' shown';
			    }
			    table.querySelectorAll('th[data-sort]').forEach(function(th){
			      th.addEventListener('click', function(){
			        var key=th.dataset.sort, desc=th.dataset.dir!=='desc';
			        th.dataset.dir=desc?'desc':'asc';
			        rows.sort(function(a,b){
			          var x=a.dataset[key], y=b.dataset[key];
			          var c=(key==='score')?(parseFloat(x)-parseFloat(y)):x.localeCompare(y);
			          return desc?-c:c;
			        });
			        rows.forEach(function(row){ table.tBodies[0].appendChild(row); });
			      });
			    });
			    form.hidden=false; apply();
			  });
			})();
			""";

	private HtmlAssets() {
	}

}
