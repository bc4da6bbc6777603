// The report's search, the only script of the report: it reads the index prebuilt into this page and lists the
// entries holding every word typed, as links. It fetches nothing, so it works from file:// as from a server.
(function () {
  'use strict';
  var entries = JSON.parse(document.getElementById('search-index').textContent);
  var input = document.getElementById('search');
  var results = document.getElementById('results');
  var status = document.getElementById('search-status');
  var limit = 100;

  function run() {
    var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
    results.textContent = '';
    if (words.length === 0) {
      status.textContent = '';
      return;
    }

    var found = 0;
    entries.forEach(function (entry) {
      var text = entry.text.toLowerCase();
      if (!words.every(function (word) { return text.indexOf(word) >= 0; })) {
        return;
      }

      found++;
      if (found > limit) {
        return;
      }

      var item = document.createElement('li');
      var link = document.createElement('a');
      link.href = entry.href;
      link.textContent = entry.title;
      link.title = entry.detail;
      item.appendChild(link);
      var kind = document.createElement('span');
      kind.className = 'badge';
      kind.textContent = entry.kind;
      item.appendChild(kind);
      item.appendChild(document.createTextNode(' ' + entry.detail));
      results.appendChild(item);
    });
    status.textContent = found === 0 ? 'No match.'
      : found + (found === 1 ? ' match' : ' matches') + (found > limit ? ', the first ' + limit + ' shown.' : '.');
  }

  input.addEventListener('input', run);
  var query = new URLSearchParams(window.location.search).get('q');
  if (query) {
    input.value = query;
  }

  run();
}());
