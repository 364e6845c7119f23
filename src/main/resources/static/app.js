// confcal landing page: makes the feed builder live. The page works without this file; it only saves a
// round trip per change. The link rules mirror FeedLinks.java.
(function () {
  'use strict';
  var enc = encodeURIComponent;

  function webcal(url) { return url.replace(/^https?:\/\//, 'webcal://'); }

  function links(url, name) {
    return {
      subscribe: webcal(url),
      google: 'https://calendar.google.com/calendar/r?cid=' + enc(webcal(url)),
      outlook: 'https://outlook.live.com/calendar/0/addfromweb?url=' + enc(url) + '&name=' + enc(name),
      download: url + (url.indexOf('?') >= 0 ? '&' : '?') + 'download=1'
    };
  }

  function setLinks(scope, url, name) {
    var all = links(url, name);
    scope.querySelectorAll('a[data-kind]').forEach(function (a) {
      a.href = all[a.getAttribute('data-kind')];
      a.setAttribute('data-feed', url);
    });
  }

  var name = document.querySelector('h1').textContent;

  // A static export knows its address only in the browser: make its subscribe links absolute here.
  if (document.documentElement.getAttribute('data-static') === 'true') {
    document.querySelectorAll('.feed').forEach(function (feed) {
      var first = feed.querySelector('a[data-feed]');
      setLinks(feed, new URL(first.getAttribute('data-feed'), document.baseURI).href, name);
    });
    return;
  }

  var form = document.getElementById('builder');
  if (!form) { return; }
  var urlBox = document.getElementById('feed-url');
  var count = document.getElementById('feed-count');
  var copy = document.getElementById('copy');
  var base = form.getAttribute('data-base');
  var timer = null;
  var asked = 0;

  // The same normal form as the server's Filter: lower case, no duplicates, sorted.
  function words(text) {
    var seen = {};
    return text.split(',').map(function (w) { return w.trim().toLowerCase(); })
      .filter(function (w) { if (!w || seen[w]) { return false; } seen[w] = true; return true; })
      .sort();
  }

  function query() {
    var data = new FormData(form);
    var parts = [];
    if (data.get('starred')) { parts.push('starred=true'); }
    words(String(data.get('q') || '')).forEach(function (w) { parts.push('q=' + enc(w)); });
    data.getAll('day').sort().forEach(function (d) { parts.push('day=' + enc(d)); });
    if (data.get('track')) { parts.push('track=' + enc(data.get('track'))); }
    var alarm = String(data.get('alarm') || '').trim();
    if (alarm) { parts.push('alarm=' + enc(alarm)); }
    if (data.get('lang')) { parts.push('lang=' + enc(data.get('lang'))); }
    return parts.join('&');
  }

  function update() {
    var qs = query();
    var url = base + '/calendar.ics' + (qs ? '?' + qs : '');
    urlBox.value = url;
    setLinks(document.getElementById('subscribe'), url, name);
    history.replaceState(null, '', qs ? '?' + qs + location.hash : location.pathname + location.hash);
    var mine = ++asked;
    fetch('sessions.json' + (qs ? '?' + qs : ''), { headers: { Accept: 'application/json' } })
      .then(function (response) {
        if (!response.ok) { return response.text().then(function (t) { throw new Error(t.trim()); }); }
        return response.json();
      })
      .then(function (json) {
        if (mine === asked) { count.textContent = json.count + (json.count === 1 ? ' session' : ' sessions'); }
      })
      .catch(function (error) {
        if (mine === asked) { count.textContent = '— (' + error.message + ')'; }
      });
  }

  form.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(update, 120); });
  form.addEventListener('change', function () { clearTimeout(timer); timer = setTimeout(update, 120); });
  form.addEventListener('submit', function (event) { event.preventDefault(); update(); });
  document.getElementById('update').hidden = true;

  copy.hidden = false;
  copy.addEventListener('click', function () {
    var done = function () { copy.textContent = 'Copied'; setTimeout(function () { copy.textContent = 'Copy URL'; }, 1500); };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(urlBox.value).then(done);
    } else {
      urlBox.select();
      document.execCommand('copy');
      done();
    }
  });
})();
