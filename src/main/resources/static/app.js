// confcal landing page: makes the finder live. The page works without this file (the form is sent to the server,
// which lists what it selects, and the Add to calendar menu is a details element); this only saves the round
// trips. It knows no feed URL rules of its own: the form's field names are the feed's parameters, keyword fields
// are split by the pattern the page gives (data-words, FeedQuery.FORM_WORD), /count.json answers with the count
// and the feed's URLs, each menu item carries its link template (data-template, FeedLinks.java), and the schedule
// is the server's own HTML for the selection.
(function () {
  'use strict';
  var enc = encodeURIComponent;

  function webcal(url) { return url.replace(/^https?:\/\//, 'webcal://'); }

  function fill(template, feed, download, name) {
    return template
      .replace('{webcal:enc}', enc(webcal(feed))).replace('{feed:enc}', enc(feed)).replace('{name:enc}', enc(name))
      .replace('{webcal}', webcal(feed)).replace('{feed}', feed).replace('{download}', download);
  }

  // The menu's links (a disabled item, a service that cannot reach the feed, is a button and stays so).
  function setLinks(scope, feed, download, name) {
    scope.querySelectorAll('a[data-template]').forEach(function (a) {
      a.href = fill(a.getAttribute('data-template'), feed, download, name);
      a.setAttribute('data-feed', feed);
      a.setAttribute('data-download', download);
    });
    var box = document.getElementById('feed-url');
    if (box) { box.value = feed; }
  }

  function absolute(path) { return new URL(path, document.baseURI).href; }

  function copyText(text, input) {
    if (navigator.clipboard && window.isSecureContext) { return navigator.clipboard.writeText(text); }
    if (input) { input.select(); document.execCommand('copy'); }
    return Promise.resolve();
  }

  // A feed at a private address cannot be fetched by calendar services; a static export learns its own address here.
  function privateHost(location) {
    var host = location.hostname.replace(/^\[|\]$/g, '').toLowerCase();
    return location.protocol === 'file:' || host === 'localhost' || host.indexOf('.') < 0 && host.indexOf(':') < 0 ||
      /\.(localhost|local|internal|lan|home\.arpa|localdomain)$/.test(host) ||
      /^(127\.|10\.|192\.168\.|169\.254\.|0\.0\.0\.0$|172\.(1[6-9]|2\d|3[01])\.)/.test(host) ||
      host === '::1' || /^f[cd][0-9a-f]{2}:/.test(host) || /^fe80:/.test(host);
  }

  // A calendar service's item that cannot work here: a disabled button described by the reason, as the server writes it.
  function disable(link) {
    var button = document.createElement('button');
    button.type = 'button';
    button.id = link.id;
    button.className = link.className;
    button.innerHTML = link.innerHTML;
    button.disabled = true;
    button.setAttribute('aria-describedby', 'unreachable');
    link.replaceWith(button);
  }

  function counted(element, n) {
    return element.getAttribute(n === 1 ? 'data-one' : 'data-many').replace('{0}', n);
  }

  var name = document.querySelector('h1').textContent;
  var add = document.getElementById('add');
  var addWhat = document.getElementById('add-what');
  var addNone = document.getElementById('add-none');
  var count = document.getElementById('feed-count');
  var options = document.getElementById('builder-box');
  // On a phone the list comes first: the rarer options stay folded.
  if (options && window.matchMedia && window.matchMedia('(max-width: 40rem)').matches && !options.querySelector('[aria-invalid]')) {
    options.open = false;
  }

  // The menu closes on Escape and on a click elsewhere, as menus do.
  if (add) {
    document.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' && add.open) { add.open = false; document.getElementById('add-button').focus(); }
    });
    document.addEventListener('click', function (event) {
      if (add.open && !add.contains(event.target)) { add.open = false; }
    });
  }

  function showCount(n) {
    count.textContent = counted(count, n);
    addWhat.textContent = counted(addWhat, n);
    add.hidden = n === 0;
    addNone.hidden = n !== 0;
    if (n === 0) { add.open = false; }
  }

  var copy = document.getElementById('copy');
  var urlBox = document.getElementById('feed-url');
  if (copy) {
    copy.hidden = false;
    copy.addEventListener('click', function () {
      var label = copy.textContent;
      copyText(urlBox.value, urlBox).then(function () {
        copy.textContent = copy.getAttribute('data-done');
        setTimeout(function () { copy.textContent = label; }, 1500);
      });
    });
  }
  // Google's fallback: the URL is on the clipboard when its "From URL" page opens.
  var settings = document.getElementById('google-settings');
  if (settings) { settings.addEventListener('click', function () { copyText(urlBox.value, null); }); }

  if (document.documentElement.getAttribute('data-static') === 'true') {
    var menu = document.getElementById('add-menu');
    var first = menu.querySelector('a[data-feed]');
    setLinks(menu, absolute(first.getAttribute('data-feed')), absolute(first.getAttribute('data-download')), name);
    var reason = document.querySelector('#unreachable[data-check]');
    if (reason && privateHost(window.location)) {
      document.getElementById('private-host').textContent = window.location.host || window.location.href;
      reason.hidden = false;
      ['google-link', 'outlook-link', 'microsoft365-link'].forEach(function (id) {
        var link = document.getElementById(id);
        if (link && link.tagName === 'A') { disable(link); }
      });
      var help = document.getElementById('google-help');
      if (help) { help.hidden = true; }
    }
    // The calendars the export wrote, as tabs: the list shows a tab's sessions, the menu adds its file.
    var tabs = document.getElementById('feed-tabs');
    if (tabs) {
      tabs.hidden = false;
      var also = document.getElementById('add-also');
      if (also) { also.hidden = true; }
      tabs.addEventListener('change', function (event) {
        var tab = event.target;
        var ids = tab.getAttribute('data-ids').split(' ').filter(Boolean);
        var wanted = {};
        ids.forEach(function (id) { wanted[id] = true; });
        document.querySelectorAll('#schedule article.session').forEach(function (article) {
          article.hidden = !wanted[article.getAttribute('data-id')];
        });
        document.querySelectorAll('#schedule .slot').forEach(function (slot) {
          slot.hidden = !slot.querySelector('article.session:not([hidden])');
        });
        document.querySelectorAll('#schedule .schedule-day').forEach(function (day) {
          day.hidden = !day.querySelector('article.session:not([hidden])');
        });
        setLinks(menu, absolute(tab.getAttribute('data-feed')), absolute(tab.getAttribute('data-download')), name);
        showCount(ids.length);
      });
    }
    return;
  }

  var form = document.getElementById('builder');
  if (!form) { return; }
  var errors = document.getElementById('form-errors');
  var reminderNote = document.getElementById('reminder-note');
  var base = form.getAttribute('data-base');
  var words = new RegExp(form.getAttribute('data-words'), 'g');
  var hl = form.querySelector('input[name=hl]');
  var timer = null;
  var asked = 0;
  var shownDays = new URLSearchParams(window.location.search).getAll('show');

  function split(value) {
    var found = [];
    value.replace(words, function (match, phrase) {
      var word = (phrase !== undefined ? phrase : match).trim();
      if (word) { found.push(word); }
      return match;
    });
    return found;
  }

  function say(messages) {
    errors.textContent = '';
    messages.forEach(function (text) {
      var p = document.createElement('p');
      p.className = 'field-error';
      p.textContent = text;
      errors.appendChild(p);
    });
  }

  // The feed's query: one parameter per value, keyword fields (and a tab of several days) split into words; and the
  // page's, the fields as typed (the server splits them the same way). A field the browser finds invalid (a reminder
  // of 5000 minutes) is left out of both and said why, so no link ever carries what a feed refuses.
  function query() {
    var parts = [];
    var page = [];
    var invalid = [];
    Array.prototype.forEach.call(form.elements, function (field) {
      if (!field.name || field.disabled || field === hl) { return; }
      if ((field.type === 'checkbox' || field.type === 'radio') && !field.checked) { return; }
      if (field.validity && !field.validity.valid) {
        field.setAttribute('aria-invalid', 'true');
        invalid.push(field.getAttribute('data-invalid') || field.validationMessage);
        return;
      }
      field.removeAttribute('aria-invalid');
      var many = field.hasAttribute('data-words') || field.type === 'radio';
      (many ? split(field.value) : [field.value.trim()]).forEach(function (value) {
        if (value) { parts.push(enc(field.name) + '=' + enc(value)); }
      });
      if (field.value.trim()) { page.push(enc(field.name) + '=' + enc(field.value.trim())); }
    });
    return { string: parts.join('&'), page: page.join('&'), invalid: invalid };
  }

  function pageQuery(feedQuery) {
    var parts = feedQuery ? [feedQuery] : [];
    if (hl) { parts.push('hl=' + enc(hl.value)); }
    shownDays.forEach(function (day) { parts.push('show=' + enc(day)); });
    return parts.join('&');
  }

  function answer(response) {
    if (!response.ok) { return response.text().then(function (t) { throw new Error(t.trim()); }); }
    return response;
  }

  // The schedule and the finder's own words as the server writes them for this selection: the same HTML as
  // without JavaScript. The fields keep what is being typed; the chips and the synonyms line are taken.
  function showSchedule(search, mine, then) {
    fetch(form.getAttribute('data-page') + (search ? '?' + search : ''), { headers: { Accept: 'text/html' } })
      .then(answer).then(function (response) { return response.text(); })
      .then(function (html) {
        if (mine !== asked) { return; }
        var fresh = new DOMParser().parseFromString(html, 'text/html');
        var old = document.getElementById('schedule');
        var hadFocus = old.contains(document.activeElement);
        old.replaceWith(document.importNode(fresh.getElementById('schedule'), true));
        ['topics', 'synonyms'].forEach(function (id) {
          var now = document.getElementById(id);
          var next = fresh.getElementById(id);
          if (now && next) { now.replaceWith(document.importNode(next, true)); }
        });
        if (hadFocus) {
          var heading = document.getElementById('schedule-title');
          heading.setAttribute('tabindex', '-1');
          heading.focus();
        }
        if (then) { then(); }
      })
      .catch(function () { /* the list stays as it was; the count says what went wrong */ });
  }

  function update() {
    var mine = ++asked;
    var built = query();
    var alarm = form.elements.alarm;
    reminderNote.hidden = !(alarm && alarm.value !== '' && alarm.validity.valid);
    fetch(form.getAttribute('data-count') + (built.string ? '?' + built.string : ''),
      { headers: { Accept: 'application/json' } })
      .then(answer).then(function (response) { return response.json(); })
      .then(function (result) {
        if (mine !== asked) { return; }
        say(built.invalid);
        setLinks(add, base + result.feed, base + result.download, name);
        showCount(result.count);
        var page = pageQuery(built.page);
        history.replaceState(null, '', window.location.pathname + (page ? '?' + page : ''));
        document.querySelectorAll('.languages a[hreflang]').forEach(function (a) {
          var code = new URL(a.href).searchParams.get('hl');
          a.href = window.location.pathname + '?' + (built.page ? built.page + '&' : '') + 'hl=' + enc(code);
        });
        showSchedule(page, mine);
      })
      .catch(function (error) {
        if (mine !== asked) { return; }
        say(built.invalid.concat([errors.getAttribute('data-request') + ' ' + error.message]));
        add.querySelectorAll('a[data-template]').forEach(function (a) { a.removeAttribute('href'); });
      });
  }

  function later() { clearTimeout(timer); timer = setTimeout(update, 150); }

  // Sets the finder to a selection the page links to ("show all", "without ★ must-see only", a topic).
  function apply(search) {
    var params = new URLSearchParams(search);
    Array.prototype.forEach.call(form.elements, function (field) {
      if (!field.name || field === hl) { return; }
      var values = params.getAll(field.name);
      if (field.type === 'radio') {
        field.checked = field.value === values.join(' ');
      } else if (field.type === 'checkbox') {
        field.checked = values.indexOf(field.value) >= 0;
      } else if (field.hasAttribute('data-words')) {
        field.value = values.join(' ');
      } else {
        field.value = values.length ? values[0] : '';
      }
    });
    shownDays = params.getAll('show');
    update();
  }

  form.addEventListener('input', later);
  form.addEventListener('change', later);
  form.addEventListener('submit', function (event) { event.preventDefault(); update(); });
  document.getElementById('update').hidden = true;

  document.addEventListener('click', function (event) {
    var link = event.target.closest && event.target.closest('#schedule a.refilter, #schedule a.unfold, #topics a.chip');
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) { return; }
    event.preventDefault();
    if (link.classList.contains('refilter') || link.classList.contains('chip')) {
      apply(new URL(link.href).search);
      return;
    }
    var day = link.getAttribute('data-show');
    shownDays.push(day);
    var mine = ++asked;
    var search = pageQuery(query().page);
    history.replaceState(null, '', window.location.pathname + '?' + search + '#day-' + day);
    showSchedule(search, mine, function () {
      var heading = document.querySelector('#day-' + day + ' h3');
      if (heading) { heading.setAttribute('tabindex', '-1'); heading.focus(); }
    });
  });
})();
