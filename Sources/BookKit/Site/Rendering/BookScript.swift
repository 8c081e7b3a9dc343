/// The book's only scripts, both optional: pages read fully without JavaScript.
enum BookScript {
    /// Inline in `<head>`: applies the reader's saved light/dark choice before the first
    /// paint, so a dark page never flashes white.
    static let theme = """
    <script>try{var t=localStorage.getItem('book-theme');if(t==='dark'||t==='light')document.documentElement.setAttribute('data-theme',t)}catch(e){}</script>
    """

    /// `assets/book.js`: the light/dark toggle (saved in localStorage), opening the folded
    /// block around a linked check or hint, and search, which
    /// loads `assets/search-index.js` on first use by adding a script element (works from
    /// `file://`, unlike fetch) and shows the best twenty sections with a snippet.
    static let file = """
    (function () {
      'use strict';
      var root = document.documentElement;
      var toggle = document.querySelector('.theme-toggle');
      function isDark() {
        var chosen = root.getAttribute('data-theme');
        return chosen ? chosen === 'dark' : window.matchMedia('(prefers-color-scheme: dark)').matches;
      }
      function label() {
        toggle.setAttribute('aria-pressed', String(isDark()));
        toggle.title = isDark() ? 'Switch to light mode' : 'Switch to dark mode';
      }
      if (toggle) {
        toggle.hidden = false;
        label();
        toggle.addEventListener('click', function () {
          var next = isDark() ? 'light' : 'dark';
          root.setAttribute('data-theme', next);
          try { localStorage.setItem('book-theme', next); } catch (e) {}
          label();
        });
      }

      // On narrow screens the contents panel covers the page: close it when a link is followed.
      var menu = document.getElementById('nav-toggle');
      document.querySelectorAll('.sidebar a').forEach(function (link) {
        link.addEventListener('click', function () { if (menu) menu.checked = false; });
      });
      document.addEventListener('click', function (event) {
        var link = event.target.closest && event.target.closest('.search-results a');
        if (link && menu) menu.checked = false;
      });

      // A link to a passed check (from the claims index) or into a folded hint opens the
      // <details> around its target, so the reader sees what the link points at.
      function reveal() {
        var id = decodeURIComponent(window.location.hash.slice(1));
        var target = id && document.getElementById(id);
        for (var node = target; node; node = node.parentElement) {
          if (node.tagName === 'DETAILS') node.open = true;
        }
        if (target) target.scrollIntoView();
      }
      if (window.location.hash) reveal();
      window.addEventListener('hashchange', reveal);

      var box = document.querySelector('.search');
      if (!box) return;
      box.hidden = false;
      var input = box.querySelector('input');
      var list = box.querySelector('.search-results');
      var requested = false, pending = null;
      function withIndex(then) {
        if (window.BOOK_SEARCH_INDEX) { then(); return; }
        pending = then;
        if (requested) return;
        requested = true;
        var script = document.createElement('script');
        script.src = box.getAttribute('data-index');
        script.onload = function () { pending(); };
        document.head.appendChild(script);
      }
      function element(tag, className, text) {
        var node = document.createElement(tag);
        if (className) node.className = className;
        if (text) node.textContent = text;
        return node;
      }
      function snippet(text, term) {
        var at = text.toLowerCase().indexOf(term);
        var start = Math.max(0, at - 50);
        var span = element('span', 'search-snippet');
        if (at < 0) { span.textContent = text.slice(0, 120) + (text.length > 120 ? '…' : ''); return span; }
        span.appendChild(document.createTextNode((start > 0 ? '…' : '') + text.slice(start, at)));
        span.appendChild(element('mark', '', text.slice(at, at + term.length)));
        var end = Math.min(text.length, at + term.length + 80);
        span.appendChild(document.createTextNode(text.slice(at + term.length, end) + (end < text.length ? '…' : '')));
        return span;
      }
      function search() {
        var terms = input.value.toLowerCase().split(/\\s+/).filter(Boolean);
        list.textContent = '';
        if (!terms.length) return;
        var hits = [];
        window.BOOK_SEARCH_INDEX.forEach(function (entry, order) {
          var title = entry.s.toLowerCase(), text = entry.t.toLowerCase(), score = 0;
          for (var i = 0; i < terms.length; i++) {
            var inTitle = title.indexOf(terms[i]) >= 0, count = text.split(terms[i]).length - 1;
            if (!inTitle && !count) return;
            score += (inTitle ? 10 : 0) + Math.min(count, 5);
          }
          hits.push({entry: entry, score: score, order: order});
        });
        hits.sort(function (a, b) { return b.score - a.score || a.order - b.order; });
        if (!hits.length) { list.appendChild(element('li', 'search-empty', 'No results')); return; }
        hits.slice(0, 20).forEach(function (hit) {
          var link = element('a');
          link.href = hit.entry.u;
          link.appendChild(element('span', 'search-title', hit.entry.s));
          if (hit.entry.c !== hit.entry.s) link.appendChild(element('span', 'search-chapter', hit.entry.c));
          link.appendChild(snippet(hit.entry.t, terms[0]));
          var item = element('li');
          item.appendChild(link);
          list.appendChild(item);
        });
      }
      input.addEventListener('focus', function () { withIndex(function () {}); });
      input.addEventListener('input', function () { withIndex(search); });
      input.addEventListener('keydown', function (event) {
        var first = list.querySelector('a');
        if (event.key === 'Enter' && first) { window.location.href = first.href; }
        if (event.key === 'Escape') { input.value = ''; list.textContent = ''; }
      });
    })();

    """
}
