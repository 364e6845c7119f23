// confcal landing page: makes the feed builder live. The page works without this file; it only saves a
// round trip per change. It knows no feed URL rules of its own: the form's field names are the feed's
// parameters, the server answers with the feed's URL (sessions.json: "feed", "download"), and each button
// carries its link template (data-template). See FeedQuery.java and FeedLinks.java.
(function () {
  'use strict';
  var enc = encodeURIComponent;
  var name = document.querySelector('h1').textContent;

  function webcal(url) { return url.replace(/^https?:\/\//, 'webcal://'); }

  function fill(template, feed, download) {
    return template
      .replace('{webcal:enc}', enc(webcal(feed))).replace('{feed:enc}', enc(feed)).replace('{name:enc}', enc(name))
      .replace('{webcal}', webcal(feed)).replace('{feed}', feed).replace('{download}', download);
  }

  function setLinks(scope, feed, download) {
    scope.querySelectorAll('a[data-template]').forEach(function (a) {
      a.href = fill(a.getAttribute('data-template'), feed, download);
      a.setAttribute('data-feed', feed);
      a.setAttribute('data-download', download);
    });
  }

  function absolute(path) { return new URL(path, document.baseURI).href; }

  // A static export knows its address only in the browser: make its subscribe links absolute here.
  if (document.documentElement.getAttribute('data-static') === 'true') {
    document.querySelectorAll('.feed').forEach(function (feed) {
      var first = feed.querySelector('a[data-feed]');
      setLinks(feed, absolute(first.getAttribute('data-feed')), absolute(first.getAttribute('data-download')));
    });
    return;
  }

  var form = document.getElementById('builder');
  if (!form) { return; }
  var urlBox = document.getElementById('feed-url');
  var count = document.getElementById('feed-count');
  var copy = document.getElementById('copy');
  var shown = document.getElementById('shown');
  var base = form.getAttribute('data-base');
  var json = form.getAttribute('data-json');
  var timer = null;
  var asked = 0;

  // The form as a query string: one parameter per value, fields marked data-split split on their separator.
  function query() {
    var parts = [];
    Array.prototype.forEach.call(form.elements, function (field) {
      if (!field.name || field.disabled || ((field.type === 'checkbox' || field.type === 'radio') && !field.checked)) {
        return;
      }
      var split = field.getAttribute('data-split');
      (split ? field.value.split(split) : [field.value]).forEach(function (value) {
        value = value.trim();
        if (value) { parts.push(enc(field.name) + '=' + enc(value)); }
      });
    });
    return parts.join('&');
  }

  // Shows the sessions the feed holds; a page opened with a narrower selection links to the full list.
  function showOnly(ids, total) {
    var missing = total;
    document.querySelectorAll('article.session').forEach(function (article) {
      var hit = ids[article.getAttribute('data-id')] === true;
      article.hidden = !hit;
      if (hit) { missing--; }
    });
    document.querySelectorAll('.slot, .schedule-day').forEach(function (section) {
      section.hidden = section.querySelector('article.session:not([hidden])') === null;
    });
    return missing;
  }

  function update() {
    var mine = ++asked;
    var qs = query();
    fetch(json + (qs ? '?' + qs : ''), { headers: { Accept: 'application/json' } })
      .then(function (response) {
        if (!response.ok) { return response.text().then(function (t) { throw new Error(t.trim()); }); }
        return response.json();
      })
      .then(function (answer) {
        if (mine !== asked) { return; }
        var feed = base + answer.feed;
        urlBox.value = feed;
        setLinks(document.getElementById('subscribe'), feed, base + answer.download);
        count.textContent = answer.count + (answer.count === 1 ? ' session' : ' sessions');
        var ids = {};
        answer.sessions.forEach(function (s) { ids[s.id] = true; });
        var missing = showOnly(ids, answer.count);
        var search = answer.feed.indexOf('?') >= 0 ? answer.feed.substring(answer.feed.indexOf('?')) : '';
        history.replaceState(null, '', location.pathname + search + location.hash);
        shown.hidden = missing === 0;
        shown.firstChild.textContent = missing + ' of them are not on this page: ';
        shown.querySelector('a').href = location.pathname + search;
        shown.querySelector('a').textContent = 'show all ' + answer.count;
      })
      .catch(function (error) {
        if (mine === asked) { count.textContent = '— (' + error.message + ')'; }
      });
  }

  function later() { clearTimeout(timer); timer = setTimeout(update, 120); }
  form.addEventListener('input', later);
  form.addEventListener('change', later);
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
