package status

import (
	"net/http"
	"os"
	"path"
	"regexp"
)

// runID is the shape of a run folder's name; nothing else is ever opened.
var runID = regexp.MustCompile(`^[0-9]{8}T[0-9]{6}Z(-[0-9]+)?$`)

// contentTypes are the types of the files a run offers, not left to the system's MIME table.
var contentTypes = map[string]string{
	".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
	".pdf":  "application/pdf",
	".json": "application/json",
}

// fileNames maps the file kinds a page links to the names in a run folder.
func fileNames(report string) map[string]string {
	return map[string]string{"workbook": report + ".xlsx", "brief": report + ".pdf", "facts": "facts.json"}
}

// download serves a file of a run. The report must be a known one, the run a run id and the file a
// workbook, brief or facts.json, and the file is opened through an os.Root on the output folder,
// so that no name, symbolic link or ".." reaches a file outside it.
func (s *server) download(w http.ResponseWriter, r *http.Request) {
	report, run, file := r.PathValue("report"), r.PathValue("run"), r.PathValue("file")
	if !s.known(report) || !runID.MatchString(run) {
		http.NotFound(w, r)
		return
	}
	valid := false
	for _, name := range fileNames(report) {
		valid = valid || name == file
	}
	if !valid {
		http.NotFound(w, r)
		return
	}
	root, err := os.OpenRoot(s.o.Output)
	if err != nil {
		http.Error(w, "output folder unavailable", http.StatusInternalServerError)
		return
	}
	defer root.Close()
	f, err := root.Open(path.Join(report, run, file))
	if err != nil {
		http.NotFound(w, r)
		return
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil || !info.Mode().IsRegular() {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", contentTypes[path.Ext(file)])
	w.Header().Set("Content-Disposition", `attachment; filename="`+file+`"`)
	w.Header().Set("X-Content-Type-Options", "nosniff")
	http.ServeContent(w, r, file, info.ModTime(), f)
}
