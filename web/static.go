package web

import (
	"io/fs"
	"net/http"
	"path"
	"strings"

	"github.com/whybounce/whybounce/static"
)

// staticFiles serves the embedded stylesheet and examples. Folders are not
// listed; the files change only with a new binary, so browsers may keep them
// for an hour.
func staticFiles() http.Handler {
	files := http.FileServerFS(static.FS)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		name := strings.TrimPrefix(path.Clean("/"+r.URL.Path), "/")
		if fi, err := fs.Stat(static.FS, name); err != nil || fi.IsDir() {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Cache-Control", "public, max-age=3600")
		files.ServeHTTP(w, r)
	})
}
