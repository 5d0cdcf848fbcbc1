/*! Rightful cookie settings. Holds back scripts tagged type="text/plain" data-rightful-purpose="sale|share|sensitive"
 * until the purpose is allowed, honors Global Privacy Control, clears the purposes' cookies when they are refused,
 * tells the page (rightful:consent event, Google Consent Mode, dataLayer) and is an IAB GPP CMP (__gpp, __gppLocator,
 * postMessage) with __uspapi. */
(function () {
  'use strict';
  var self = document.currentScript;
  if (!self || window.Rightful) return;
  // The server writes its CMP id and encoded sections here when it serves the file.
  var CONF = /*rightful:config*/{"cmpId":0,"apis":["7:usnat","8:usca"]};
  var root = self.src.replace(/\/consent\.js(\?.*)?$/, '');
  var api = root + '/api/v1/consent/me';
  var gpcJs = navigator.globalPrivacyControl === true;
  // The host page may say which US state the visitor is in; a region header from the CDN wins on the server.
  var region = self.getAttribute('data-region');
  var state = null, released = {}, listeners = [], nextId = 1, banner, toast, dialog, pending;
  var cmpStatus = 'loading', shown = 'hidden', sent = {}, waiting = [];
  var SIGNAL_PURPOSES = { sale: 1, share: 1 };
  // The tool's own words in the page's language (<html lang>), else the map's first: the server
  // writes every offered language's texts (the bundles' cookie.* keys) into CONF when it serves the file.
  var texts = CONF.texts || {};
  var T = texts[(document.documentElement.lang || '').toLowerCase().split('-')[0]] || texts[CONF.language] || {};

  function tr(key, arg) {
    var s = T[key] || key;
    return arg === undefined ? s : s.replace('{0}', arg);
  }

  function el(tag, props, kids) {
    var e = document.createElement(tag);
    for (var k in props || {}) {
      if (k === 'text') e.textContent = props[k];
      else if (k === 'on') e.addEventListener('click', props[k]);
      else e.setAttribute(k, props[k]);
    }
    (kids || []).forEach(function (c) { if (c) e.appendChild(c); });
    return e;
  }

  function call(method, body) {
    var init = { method: method, credentials: 'include' };
    if (body) {
      body.page = location.href.split(/[?#]/)[0];
      body.gpc = gpcJs;
      if (region) body.region = region;
      init.headers = { 'Content-Type': 'application/json' };
      init.body = JSON.stringify(body);
    }
    if (state) signal('not ready');
    var url = method === 'GET' ? api + (region ? '?region=' + encodeURIComponent(region) : '') : api + '/choices';
    return fetch(url, init).then(function (r) {
      if (!r.ok) throw new Error('Rightful: HTTP ' + r.status);
      return r.json();
    }, function (e) {
      // A browser hides a CORS refusal behind a network error: name the likely cause once.
      if (root.indexOf(location.origin + '/') !== 0 && root !== location.origin) {
        console.error('Rightful: ' + root + ' did not answer this page (' + location.origin + '). If it is'
          + ' your site, add ' + location.origin + ' to Rightful\'s --consent-origins option'
          + ' (RIGHTFUL_CONSENT_ORIGINS).');
      }
      if (!state) {
        cmpStatus = 'error';
        fire('cmpStatus', cmpStatus);
        waiting.splice(0).forEach(function (args) { args[1](null, false); });
      }
      throw e;
    });
  }

  function purpose(id, s) {
    s = s || state;
    for (var i = 0; s && i < s.purposes.length; i++) if (s.purposes[i].id === id) return s.purposes[i];
    return null;
  }

  // A purpose the notice does not declare is never allowed; neither are sale and sharing under the signal.
  function allowed(id, s) {
    var p = purpose(id, s);
    return !!p && p.allowed && !(gpcJs && SIGNAL_PURPOSES[id]);
  }

  function put(parent, kids) {
    parent.replaceChildren.apply(parent, kids.filter(Boolean));
  }

  function release() {
    var held = document.querySelectorAll('script[type="text/plain"][data-rightful-purpose]');
    Array.prototype.forEach.call(held, function (s) {
      var ids = s.getAttribute('data-rightful-purpose').split(/\s+/);
      if (!ids.every(function (id) { return allowed(id); })) return;
      var n = document.createElement('script');
      Array.prototype.forEach.call(s.attributes, function (a) {
        if (a.name !== 'type' && a.name !== 'data-type') n.setAttribute(a.name, a.value);
      });
      n.type = s.getAttribute('data-type') || 'text/javascript';
      if (!s.src) n.text = s.text;
      ids.forEach(function (id) { released[id] = true; });
      s.parentNode.replaceChild(n, s);
    });
  }

  function apply(next) {
    // A script already running cannot be unloaded: reload so that it is held back again.
    var withdrawn = Object.keys(released).some(function (id) { return !allowed(id, next); });
    state = next;
    clearCookies();
    if (withdrawn) { location.reload(); return state; }
    release();
    showStatus();
    showBanner();
    if (dialog && dialog.open) fill();
    if (cmpStatus !== 'loaded') { cmpStatus = 'loaded'; fire('cmpStatus', cmpStatus); }
    Object.keys(state.gppSections).forEach(function (name) {
      var now = JSON.stringify(state.gppSections[name]);
      if (sent[name] !== now) { sent[name] = now; fire('sectionChange', name); }
    });
    signal('ready');
    display();
    tell();
    waiting.splice(0).forEach(function (args) { window.__gpp.apply(null, args); });
    return state;
  }

  function showStatus() {
    var honored = state.gpc && state.gpc.honored;
    var spots = document.querySelectorAll('[data-rightful-status]');
    Array.prototype.forEach.call(spots, function (s) { s.textContent = honored ? state.gpc.message : ''; });
    // The privacy center's own pages (data-rightful-banner="off") render the status themselves.
    if (!honored || spots.length || toast || quiet() || sessionStorage.getItem('rightful-toast')) return;
    toast = el('div', { 'class': 'rf-toast', role: 'status' }, [
      el('strong', { text: tr('cookie.honored') }),
      el('span', { text: ' ' + tr('cookie.toast') }),
      el('button', { type: 'button', 'class': 'rf-link', text: tr('cookie.settings'), on: open }),
      el('button', { type: 'button', 'class': 'rf-close', 'aria-label': tr('cookie.close'), text: '\u00d7', on: function () {
        sessionStorage.setItem('rightful-toast', '1');
        toast.remove();
      } })
    ]);
    document.body.appendChild(toast);
  }

  function quiet() {
    return document.body.getAttribute('data-rightful-banner') === 'off';
  }

  function showBanner() {
    var want = state.banner && !gpcJs && !quiet();
    if (!want) { if (banner) { banner.remove(); banner = null; } return; }
    if (banner) return;
    var text = state.minor ? tr('cookie.banner.minor') : tr('cookie.banner', law());
    // 7012: the first layer carries the cookies' own notice at collection, a line and its link.
    var atCollection = state.collection
      ? el('p', { 'class': 'rf-collection' }, [el('span', { text: state.collection.line + ' ' }),
        el('a', { href: state.collection.url, text: tr('cookie.collection') })])
      : null;
    banner = el('section', { 'class': 'rf-banner', 'aria-label': tr('cookie.banner.label') }, [
      el('p', { text: text }),
      atCollection,
      el('div', { 'class': 'rf-actions' }, [
        state.minor ? null : el('button', { type: 'button', 'class': 'rf-primary', text: tr('cookie.opt-out'), on: function () { optOutAll(); } }),
        el('button', { type: 'button', text: tr('cookie.settings'), on: open }),
        el('button', { type: 'button', text: tr('cookie.ok'), on: function () { call('POST', { dismissed: true }).then(apply); } })
      ])
    ]);
    document.body.appendChild(banner);
  }

  // The banner speaks the visitor's law: California's "sharing" is the other states' "targeted advertising".
  function law() {
    var name = state.jurisdiction.name;
    return name === 'California' ? tr('cookie.law.california')
      : name ? tr('cookie.law.state', name) : tr('cookie.law.states');
  }

  function optOutAll() {
    var choices = {};
    state.purposes.forEach(function (p) { if (!p.locked) choices[p.id] = 'opt-out'; });
    return call('POST', { choices: choices, dismissed: true }).then(apply);
  }

  function open() {
    if (!state) return;
    if (!dialog) {
      dialog = el('dialog', { 'class': 'rf-dialog', 'aria-labelledby': 'rf-title' });
      dialog.addEventListener('close', display);
      document.body.appendChild(dialog);
    }
    fill();
    if (!dialog.open) dialog.showModal();
    display();
  }

  function fill() {
    pending = null;
    var items = state.purposes.map(function (p) {
      var id = 'rf-' + p.id;
      var who = p.recipients.map(function (r) { return r.description + (r.vendors.length ? ' (' + r.vendors.join(', ') + ')' : ''); }).join('; ');
      var box = el('input', { type: 'checkbox', id: id, name: p.id, 'aria-describedby': id + '-d' });
      box.checked = p.allowed;
      box.disabled = p.locked;
      return el('div', { 'class': 'rf-purpose' }, [
        el('label', { 'for': id }, [box, el('span', { text: ' ' + tr('cookie.allow', p.label) })]),
        el('p', { id: id + '-d', 'class': 'rf-help', text: p.description + (who ? ' ' + tr('cookie.recipients', who) : '') }),
        p.locked ? el('p', { 'class': 'rf-note', text: p.lockedBecause }) : null
      ]);
    });
    var form = el('form', { method: 'dialog' }, items.concat([
      el('div', { 'class': 'rf-actions' }, [
        el('button', { type: 'button', 'class': 'rf-primary', text: tr('cookie.save'), on: save }),
        el('button', { type: 'button', text: tr('cookie.opt-out-all'), on: function () { optOutAll(); } }),
        el('button', { type: 'button', text: tr('cookie.close'), on: function () { dialog.close(); } })
      ])
    ]));
    var honored = state.gpc && state.gpc.honored;
    put(dialog, [
      el('h2', { id: 'rf-title', text: tr('cookie.settings') }),
      honored ? el('p', { 'class': 'rf-note', role: 'status' }, [el('strong', { text: tr('cookie.honored') + '. ' }),
        el('span', { text: tr('cookie.gpc') })]) : null,
      el('p', { text: tr('cookie.choose', state.business) }),
      form,
      el('div', { 'class': 'rf-confirm', id: 'rf-confirm', role: 'alert' }),
      el('p', { 'class': 'rf-links' }, [
        el('a', { href: state.links.doNotSell, text: tr('cookie.do-not-sell') }),
        el('span', { text: ' \u00b7 ' }),
        el('a', { href: state.links.notice, text: tr('cookie.notice') })
      ])
    ]);
  }

  function wanted() {
    var choices = {};
    state.purposes.forEach(function (p) {
      var box = dialog.querySelector('#rf-' + p.id);
      if (!p.locked && box.checked !== p.allowed) choices[p.id] = box.checked ? 'opt-in' : 'opt-out';
    });
    return choices;
  }

  function save() {
    var choices = wanted();
    if (!Object.keys(choices).length) { dialog.close(); return; }
    call('POST', { choices: choices }).then(function (next) {
      if (next.confirm) return ask(choices, next);
      apply(next);
      if (next.refusal) say(next.refusal); else dialog.close();
    });
  }

  // 7028(a): the opt-in is requested first, then confirmed separately.
  function ask(choices, next) {
    pending = { choices: choices, token: next.confirm.token };
    var names = next.confirm.purposes.map(function (id) { return purpose(id).label.toLowerCase(); }).join(tr('cookie.and'));
    var box = dialog.querySelector('#rf-confirm');
    put(box, [
      el('p', { text: tr('cookie.asked', names) + ' ' + next.confirm.message }),
      el('button', { type: 'button', 'class': 'rf-primary', text: tr('cookie.confirm'), on: function () {
        call('POST', { choices: pending.choices, confirmation: pending.token }).then(function (done) {
          apply(done);
          if (done.refusal) say(done.refusal); else dialog.close();
        });
      } }),
      el('button', { type: 'button', text: tr('cookie.cancel'), on: function () { fill(); } })
    ]);
    box.querySelector('button').focus();
  }

  function say(text) {
    put(dialog.querySelector('#rf-confirm'), [el('p', { text: text })]);
  }

  // Refused purposes lose their cookies, on this host and every parent domain, at every path above the page.
  function clearCookies() {
    var names = document.cookie.split(';').map(function (c) { return c.split('=')[0].trim(); });
    var hosts = [''], parts = location.hostname.split('.'), paths = ['/'], at = '';
    for (var i = 0; i < parts.length - 1; i++) hosts.push('; domain=.' + parts.slice(i).join('.'));
    location.pathname.split('/').slice(1, -1).forEach(function (p) { at += '/' + p; paths.push(at); });
    state.purposes.forEach(function (p) {
      if (allowed(p.id)) return;
      (p.cookies || []).forEach(function (pattern) {
        var prefix = pattern.slice(-1) === '*' ? pattern.slice(0, -1) : null;
        names.forEach(function (name) {
          if (prefix === null ? name !== pattern : name.indexOf(prefix) !== 0) return;
          hosts.forEach(function (h) {
            paths.forEach(function (path) {
              document.cookie = name + '=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=' + path + h;
            });
          });
        });
      });
    });
  }

  // The page hears of every decision: a DOM event, Google Consent Mode v2 and the tag manager's data layer.
  function tell() {
    var d = { gpc: !!(state.gpc && state.gpc.honored) || gpcJs, gppString: state.gpp, usPrivacy: state.usPrivacy };
    state.purposes.forEach(function (p) { d[p.id] = allowed(p.id); });
    document.dispatchEvent(new CustomEvent('rightful:consent', { detail: d }));
    var ads = allowed('sale') && allowed('share') ? 'granted' : 'denied';
    var mode = { ad_storage: ads, ad_user_data: ads, ad_personalization: ads, analytics_storage: 'granted' };
    if (typeof window.gtag === 'function') window.gtag('consent', 'update', mode);
    if (Array.isArray(window.dataLayer)) {
      window.dataLayer.push({ event: 'rightful_consent', rightful: d, consentMode: mode });
    }
  }

  function fire(name, data) {
    listeners.forEach(function (l) { l.cb({ eventName: name, listenerId: l.id, data: data, pingData: ping() }, true); });
  }

  function signal(status) {
    if (signal.last !== status) { signal.last = status; fire('signalStatus', status); }
  }

  function display() {
    var now = (dialog && dialog.open) || banner ? 'visible' : 'hidden';
    if (now !== shown) { shown = now; fire('cmpDisplayStatus', now); }
  }

  function ping() {
    return {
      gppVersion: '1.1', cmpStatus: cmpStatus, cmpDisplayStatus: shown,
      signalStatus: signal.last === 'ready' ? 'ready' : 'not ready', supportedAPIs: CONF.apis, cmpId: CONF.cmpId,
      sectionList: state ? state.gppSectionIds : [], applicableSections: state ? state.jurisdiction.applicableSections : [-1],
      gppString: state ? state.gpp : '', parsedSections: state ? state.gppSections : {}
    };
  }

  var stub = window.__gpp;
  var queued = (stub && stub.queue) || [];
  window.__gpp = function (command, cb, param) {
    cb = typeof cb === 'function' ? cb : function () {};
    if (command === 'ping') return cb(ping(), true);
    if (command === 'addEventListener') {
      var id = nextId++;
      listeners.push({ id: id, cb: cb });
      return cb({ eventName: 'listenerRegistered', listenerId: id, data: true, pingData: ping() }, true);
    }
    if (command === 'removeEventListener') {
      var before = listeners.length;
      listeners = listeners.filter(function (l) { return l.id !== param; });
      return cb({ eventName: 'listenerRemoved', listenerId: param, data: listeners.length < before, pingData: ping() }, true);
    }
    var data = { hasSection: 1, getSection: 1, getField: 1 };
    if (!data[command]) return cb(null, false);
    // Questions about the string wait for it rather than answer "none".
    if (!state) { waiting.push([command, cb, param]); return; }
    var sections = state.gppSections, at = String(param).split('.');
    if (command === 'hasSection') return cb(!!sections[param], true);
    if (command === 'getSection') return cb(sections[param] || null, true);
    var section = sections[at[0]];
    cb(section && at[1] in section ? section[at[1]] : null, true);
  };

  // Frames (ads) find the CMP by the __gppLocator frame and talk to it by postMessage (GPP CMP API 1.1).
  if (window.__gpp_msghandler) window.removeEventListener('message', window.__gpp_msghandler);
  window.addEventListener('message', function (e) {
    var d = e.data, text = typeof d === 'string';
    if (text) { try { d = JSON.parse(d); } catch (x) { return; } }
    var c = d && d.__gppCall;
    if (!c || !e.source) return;
    window.__gpp(c.command, function (value, ok) {
      var r = { __gppReturn: { returnValue: value, success: ok, callId: c.callId } };
      e.source.postMessage(text ? JSON.stringify(r) : r, '*');
    }, c.parameter, c.version);
  });
  function locator() {
    if (window.frames.__gppLocator) return;
    if (!document.body) { setTimeout(locator, 10); return; }
    var f = el('iframe', { name: '__gppLocator', title: 'GPP locator', 'aria-hidden': 'true', tabindex: '-1' });
    f.style.display = 'none';
    document.body.appendChild(f);
  }
  locator();

  window.__uspapi = function (command, version, cb) {
    if (command === 'getUSPData' && state) cb({ version: 1, uspString: state.usPrivacy }, true);
    else cb(null, false);
  };
  window.Rightful = { open: open, state: function () { return state; } };

  if (!document.querySelector('link[data-rightful]')) {
    document.head.appendChild(el('link', { rel: 'stylesheet', href: root + '/consent/consent.css', 'data-rightful': '' }));
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll('[data-rightful-open]'), function (b) {
      b.hidden = false;
      b.addEventListener('click', function (e) { e.preventDefault(); open(); });
    });
    queued.forEach(function (args) { window.__gpp.apply(null, args); });
    (gpcJs ? call('POST', {}) : call('GET')).then(apply);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
