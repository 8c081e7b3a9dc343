import Foundation

/// Live reload for `book watch`: a page open in a browser from `file://` reloads itself
/// when a rebuild changed it, and comes back at the same scroll position.
///
/// A page opened from disk cannot fetch files or open a socket, but it can load a script.
/// So a watched build stamps each page with a digest of its own HTML, and writes
/// `assets/build-stamp.js`, which calls `bookBuildStamp({"page.html": "digest", ...})`.
/// The page's `assets/live-reload.js` loads that file again every second (a new script
/// element with a cache-busting query) and reloads the page when its entry differs from
/// the page's own stamp, saving the scroll position in `sessionStorage` first. The book is
/// swapped into place in one step, so a page never sees a half-written build.
///
/// `book build` adds none of this: its pages hold no reload code.
enum LiveReload {
    static let scriptPath = "assets/live-reload.js"
    static let stampPath = "assets/build-stamp.js"

    /// `files` with every HTML page stamped and loading the reload script, plus the script
    /// and the stamp file.
    static func instrument(_ files: [String: Data]) -> [String: Data] {
        var result = files
        var stamps: [String: String] = [:]
        for (path, data) in files where path.hasSuffix(".html") {
            let stamp = String(SHA256.hex(data).prefix(16))
            stamps[path] = stamp
            let html = String(decoding: data, as: UTF8.self)
            let tag = "<script src=\"\(scriptPath)\" data-stamp=\"\(stamp)\"></script>\n"
            guard let body = html.range(of: "</body>", options: .backwards) else { continue }
            result[path] = Data(html.replacingCharacters(in: body.lowerBound..<body.lowerBound, with: tag).utf8)
        }
        let entries = stamps.keys.sorted().map { "\"\($0)\":\"\(stamps[$0]!)\"" }.joined(separator: ",")
        result[stampPath] = Data("bookBuildStamp({\(entries)});\n".utf8)
        result[scriptPath] = Data(script.utf8)
        return result
    }

    static let script = """
    (function () {
      'use strict';
      var tag = document.currentScript;
      var mine = tag && tag.getAttribute('data-stamp');
      var page = decodeURIComponent(location.pathname.split('/').pop()) || 'index.html';
      var key = 'book-live-reload-scroll:' + page;
      try {
        var saved = sessionStorage.getItem(key);
        if (saved !== null) {
          sessionStorage.removeItem(key);
          window.addEventListener('load', function () { window.scrollTo(0, Number(saved)); });
        }
      } catch (e) {}
      var reloading = false;
      window.bookBuildStamp = function (stamps) {
        var current = stamps[page];
        if (reloading || !mine || !current || current === mine) return;
        reloading = true;
        try { sessionStorage.setItem(key, String(window.scrollY)); } catch (e) {}
        location.reload();
      };
      function poll() {
        var probe = document.createElement('script');
        probe.src = '\(stampPath)?' + Date.now();
        probe.onload = probe.onerror = function () {
          probe.remove();
          if (!reloading) setTimeout(poll, 1000);
        };
        document.head.appendChild(probe);
      }
      setTimeout(poll, 1000);
    })();

    """
}
