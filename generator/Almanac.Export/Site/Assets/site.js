// The scripts of an Almanac site: search, the timeline's filters and the citation's copy button. Reading pages work
// without them. Nothing is fetched from the network: the search index is a set of local script files.
(function () {
  'use strict';

  // ---- the matching key of a name, as Almanac.Text.AliasKey.Normalize computes it ---------------------------------
  // Compatibility decomposition; drop marks, separators, controls, format characters, dashes, connectors, quotation
  // marks and other punctuation, and a few symbols; lower-case each character; fold three Arabic letter variants;
  // recompose. Tested against the runtime on shared strings.
  var dropped = /^[\p{Mn}\p{Mc}\p{Me}\p{Zs}\p{Zl}\p{Zp}\p{Cc}\p{Cf}\p{Pd}\p{Pc}\p{Pi}\p{Pf}\p{Po}]$/u;
  var ignored = { '`': 1, '\u00B4': 1, '\u02BB': 1, '\u02BC': 1, '\u02BE': 1, '\u02BF': 1, '\u0640': 1, '\u2212': 1 };
  var folded = { '\u0671': '\u0627', '\u0649': '\u064A', '\u0629': '\u0647' };

  function normalize(text) {
    var d = String(text).normalize('NFKD');
    var out = '';
    // One UTF-16 code unit at a time, as the runtime walks a string's chars.
    for (var i = 0; i < d.length; i++) {
      var c = d.charAt(i);
      if (dropped.test(c) || ignored[c]) {
        continue;
      }
      var lower = c.toLowerCase();
      if (lower.length !== 1) {
        lower = c;
      }
      out += folded[lower] || lower;
    }
    return out.normalize('NFC');
  }
  window.almanacNormalize = normalize;

  var body = document.body;
  var root = (body && body.getAttribute('data-root')) || '';

  // ---- the search index: a manifest of shards by key prefix, each a script calling almanacSearch.add -------------
  var index = { kinds: [], manifest: null, requested: {}, shards: {}, waiting: [] };

  function load(file, onError) {
    var script = document.createElement('script');
    script.src = root + 'assets/search/' + file;
    script.onerror = onError;
    document.head.appendChild(script);
  }

  function flush() {
    var waiting = index.waiting;
    index.waiting = [];
    waiting.forEach(function (f) { f(); });
  }

  window.almanacSearch = {
    shards: function (kinds, manifest) { index.kinds = kinds; index.manifest = manifest; flush(); },
    add: function (prefix, entries) { index.shards[prefix] = entries; flush(); }
  };

  // Calls done(results) with the entries whose key starts with the key of text: exact keys first, then shorter keys.
  function search(text, done) {
    var key = normalize(text);
    if (!key) {
      done([]);
      return;
    }
    if (!index.manifest) {
      index.waiting.push(function () { search(text, done); });
      if (!index.requested['']) {
        index.requested[''] = true;
        load('index.js', function () { index.manifest = {}; flush(); });
      }
      return;
    }
    var needed = Object.keys(index.manifest).filter(function (p) {
      return p.lastIndexOf(key, 0) === 0 || key.lastIndexOf(p, 0) === 0;
    }).sort().slice(0, 64);
    var missing = needed.filter(function (p) { return !index.shards[p]; });
    if (missing.length > 0) {
      index.waiting.push(function () { search(text, done); });
      missing.forEach(function (p) {
        if (!index.requested[p]) {
          index.requested[p] = true;
          load(index.manifest[p], function () { index.shards[p] = []; flush(); });
        }
      });
      return;
    }
    var found = [];
    needed.forEach(function (p) {
      index.shards[p].forEach(function (e) {
        if (e[0].lastIndexOf(key, 0) === 0) {
          found.push(e);
        }
      });
    });
    found.sort(function (a, b) {
      return ((a[0] === key ? 0 : 1) - (b[0] === key ? 0 : 1)) || (a[0].length - b[0].length) ||
        (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0);
    });
    var seen = {};
    var results = [];
    found.forEach(function (e) {
      if (!seen[e[3] + '/' + e[4]]) {
        seen[e[3] + '/' + e[4]] = true;
        var kind = index.kinds[e[3]];
        results.push({ key: e[0], label: e[1] === 0 ? e[2] : e[1], name: e[2], kind: kind, url: kind + 's/' + e[4] + '.html' });
      }
    });
    done(results);
  }
  window.almanacSearchQuery = search;

  function resultItem(r) {
    var li = document.createElement('li');
    var a = document.createElement('a');
    a.href = root + r.url;
    a.textContent = r.name;
    a.setAttribute('dir', 'auto');
    li.appendChild(a);
    var detail = document.createElement('span');
    detail.className = 'detail';
    detail.textContent = ' ' + r.kind + (r.label !== r.name ? ' · matched “' + r.label + '”' : '');
    li.appendChild(detail);
    return li;
  }

  // ---- the search box of every page: suggestions as the user types, keyboard navigable --------------------------
  var input = document.getElementById('site-search');
  var list = document.getElementById('site-search-results');
  if (input && list) {
    var timer = null;
    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        var text = input.value;
        search(text, function (results) {
          if (input.value !== text) {
            return;
          }
          list.textContent = '';
          results.slice(0, 8).forEach(function (r) {
            var li = resultItem(r);
            li.setAttribute('role', 'option');
            list.appendChild(li);
          });
          list.hidden = results.length === 0;
        });
      }, 60);
    });
    function links() { return Array.prototype.slice.call(list.querySelectorAll('a')); }
    input.addEventListener('keydown', function (event) {
      if (event.key === 'ArrowDown' && !list.hidden && links().length > 0) {
        event.preventDefault();
        links()[0].focus();
      } else if (event.key === 'Escape') {
        list.hidden = true;
      }
    });
    list.addEventListener('keydown', function (event) {
      var all = links();
      var at = all.indexOf(document.activeElement);
      if (event.key === 'ArrowDown' && at < all.length - 1) {
        event.preventDefault();
        all[at + 1].focus();
      } else if (event.key === 'ArrowUp') {
        event.preventDefault();
        (at > 0 ? all[at - 1] : input).focus();
      } else if (event.key === 'Escape') {
        list.hidden = true;
        input.focus();
      }
    });
  }

  // ---- the search page: the results of ?q= ------------------------------------------------------------------------
  var results = document.getElementById('results');
  if (results) {
    var q = new URLSearchParams(window.location.search).get('q') || '';
    if (input) {
      input.value = q;
    }
    var title = document.getElementById('results-title');
    if (q) {
      search(q, function (found) {
        results.textContent = '';
        found.slice(0, 200).forEach(function (r) { results.appendChild(resultItem(r)); });
        title.textContent = found.length === 0 ? 'Nothing matches “' + q + '”' : found.length + ' matching “' + q + '”';
        title.hidden = false;
        body.setAttribute('data-searched', q);
      });
    }
  }

  // ---- the timeline's filters: kind, actor (with its parts), place (with what lies within it) ----------------------
  // A timeline of several pages also loads the facets of every page's rows (assets/timeline/*.js, written with the
  // pages) when a filter is chosen, to say how many events match on each page; the pager keeps the filters.
  var filters = document.getElementById('filters');
  var table = document.getElementById('timeline');
  if (filters && table) {
    filters.hidden = false;
    var selects = Array.prototype.slice.call(filters.querySelectorAll('select'));
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    var shown = document.getElementById('shown');
    var pageCount = parseInt(table.getAttribute('data-pages') || '1', 10);
    var params = new URLSearchParams(window.location.search);
    selects.forEach(function (s) {
      var wanted = params.get(s.getAttribute('data-filter'));
      if (wanted) {
        s.value = wanted;
      }
    });
    var facets = { words: null, pages: {}, loaded: 0, requested: false };
    window.almanacTimeline = {
      words: function (kinds, actors, places, files) { facets.words = { kind: kinds, actors: actors, places: places, files: files }; },
      page: function (n, list) { facets.pages[n] = list; facets.loaded++; }
    };
    var query = function () {
      var q = new URLSearchParams();
      selects.forEach(function (s) {
        if (s.value) {
          q.set(s.getAttribute('data-filter'), s.value);
        }
      });
      var text = q.toString();
      return text ? '?' + text : '';
    };
    // The pages' own matches, from their facets: [page, count] for each page with any.
    var everywhere = function () {
      var wanted = selects.filter(function (s) { return s.value; }).map(function (s) {
        var name = s.getAttribute('data-filter');
        return { slot: name === 'kind' ? 0 : name === 'actors' ? 1 : 2, number: facets.words[name].indexOf(s.value) };
      });
      var found = [];
      for (var n = 1; n <= pageCount; n++) {
        var count = 0;
        facets.pages[n].forEach(function (row) {
          if (wanted.every(function (w) { return w.slot === 0 ? row[0] === w.number : row[w.slot].indexOf(w.number) >= 0; })) {
            count++;
          }
        });
        if (count > 0) {
          found.push([n, count]);
        }
      }
      return found;
    };
    var loadFacets = function (done) {
      if (facets.loaded === pageCount && facets.words) {
        done();
        return;
      }
      var root = document.body.getAttribute('data-root') || '';
      var waiting = pageCount + 1;
      var next = function () { if (--waiting === 0) { done(); } };
      ['index.js'].concat(Array.from({ length: pageCount }, function (_, i) { return 'page-' + (i + 1) + '.js'; })).forEach(function (file) {
        var script = document.createElement('script');
        script.src = root + 'assets/timeline/' + file;
        script.onload = next;
        script.onerror = function () { shown.textContent += ' (the other pages could not be read)'; };
        document.head.appendChild(script);
      });
    };
    var apply = function () {
      var count = 0;
      rows.forEach(function (row) {
        var visible = selects.every(function (s) {
          if (!s.value) {
            return true;
          }
          var values = (row.getAttribute('data-' + s.getAttribute('data-filter')) || '').split(' ');
          return values.indexOf(s.value) >= 0;
        });
        row.hidden = !visible;
        if (visible) {
          count++;
        }
      });
      var q = query();
      if (window.history && window.history.replaceState) {
        window.history.replaceState(null, '', window.location.pathname + q + window.location.hash);
      }
      Array.prototype.slice.call(document.querySelectorAll('nav.pager a')).forEach(function (a) {
        a.href = a.getAttribute('href').split('?')[0] + q;
      });
      shown.textContent = count + ' of ' + rows.length + ' events shown' + (pageCount > 1 ? ' on this page.' : '.');
      if (pageCount > 1 && q) {
        loadFacets(function () {
          if (q !== query()) {
            return;
          }
          var found = everywhere();
          var total = found.reduce(function (sum, f) { return sum + f[1]; }, 0);
          shown.appendChild(document.createTextNode(' ' + total + ' match on all pages' + (found.length ? ': ' : '.')));
          found.forEach(function (f, i) {
            var a = document.createElement('a');
            a.href = facets.words.files[f[0] - 1] + q;
            a.textContent = 'page ' + f[0] + ' (' + f[1] + ')';
            a.className = 'match-page';
            shown.appendChild(a);
            shown.appendChild(document.createTextNode(i + 1 < found.length ? ', ' : '.'));
          });
        });
      }
    };
    selects.forEach(function (s) { s.addEventListener('change', apply); });
    filters.addEventListener('reset', function () { setTimeout(apply, 0); });
    apply();
  }

  // ---- copy buttons ---------------------------------------------------------------------------------------------
  Array.prototype.slice.call(document.querySelectorAll('button[data-copy]')).forEach(function (button) {
    button.hidden = false;
    button.addEventListener('click', function () {
      var source = document.getElementById(button.getAttribute('data-copy'));
      var text = source.textContent;
      var done = function () { button.textContent = 'Copied'; };
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(text).then(done, function () { select(source); });
      } else {
        select(source);
      }
      function select(element) {
        var range = document.createRange();
        range.selectNodeContents(element);
        var selection = window.getSelection();
        selection.removeAllRanges();
        selection.addRange(range);
        if (document.execCommand && document.execCommand('copy')) {
          done();
        }
      }
    });
  });
}());
