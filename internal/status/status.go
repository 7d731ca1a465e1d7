// Package status serves the status page of `marketbrief serve`: each report's schedule and next
// runs, its last runs with their delivery, links to download their files, and a "Run now" button.
// Server-side HTML (html/template, embedded), no script. It knows reports only as the values the
// caller passes and runs them through the caller's function.
package status

import (
	"crypto/subtle"
	"log/slog"
	"net/http"
	"strings"
	"time"
)

// Report is a report as the page shows it.
type Report struct {
	Name, Title, Language string
	// Schedule is the cron spec; empty for a report run only by hand.
	Schedule string
	Zone     *time.Location
	// Next are the next runs (at most three), in Zone.
	Next []time.Time
	// Delivers is a short description of the recipients ("e-mail to 2, webhook slack"), empty
	// when the report is delivered nowhere.
	Delivers string
}

// Options configure the page.
type Options struct {
	// Output is the folder of the reports' outputs and histories (OUTPUT/REPORT/...).
	Output string
	// Reports returns the current report definitions.
	Reports func() []Report
	// RunNow starts a run of the report in the background; its error says why it cannot.
	RunNow func(name string) error
	// Running reports since when the report has been running in this process, if it is.
	Running func(name string) (time.Time, bool)
	// Metrics serves /metrics and /healthz.
	Metrics http.Handler
	// Token, when set, is required on every request but /healthz: as "Authorization: Bearer
	// TOKEN", or once as ?token=TOKEN, which sets a same-site cookie.
	Token string
	Now   func() time.Time
	Log   *slog.Logger
}

const tokenCookie = "marketbrief_token"

// New returns the handler of the page, the downloads, "Run now", /metrics and /healthz. Requests
// that change something are POSTs refused when they come from another site.
func New(o Options) http.Handler {
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Log == nil {
		o.Log = slog.New(slog.DiscardHandler)
	}
	s := &server{o: o}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", s.page)
	mux.HandleFunc("GET /runs/{report}/{run}/{file}", s.download)
	mux.HandleFunc("POST /run/{report}", s.runNow)
	if o.Metrics != nil {
		mux.Handle("GET /metrics", o.Metrics)
		mux.Handle("GET /healthz", o.Metrics)
	}
	csrf := http.NewCrossOriginProtection()
	return s.auth(csrf.Handler(mux))
}

type server struct {
	o Options
}

// auth lets a request through when no token is configured, when it is /healthz, or when it
// carries the token.
func (s *server) auth(next http.Handler) http.Handler {
	if s.o.Token == "" {
		return next
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/healthz" {
			next.ServeHTTP(w, r)
			return
		}
		if t := r.URL.Query().Get("token"); t != "" && s.valid(t) {
			// Trade the token in the address for a cookie, and drop it from the address bar.
			http.SetCookie(w, &http.Cookie{Name: tokenCookie, Value: t, Path: "/", HttpOnly: true,
				SameSite: http.SameSiteStrictMode, Secure: r.TLS != nil})
			q := r.URL.Query()
			q.Del("token")
			u := *r.URL
			u.RawQuery = q.Encode()
			http.Redirect(w, r, u.RequestURI(), http.StatusSeeOther)
			return
		}
		if bearer, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer "); ok && s.valid(bearer) {
			next.ServeHTTP(w, r)
			return
		}
		if c, err := r.Cookie(tokenCookie); err == nil && s.valid(c.Value) {
			next.ServeHTTP(w, r)
			return
		}
		w.Header().Set("WWW-Authenticate", `Bearer realm="marketbrief"`)
		http.Error(w, "a token is required: open this page once as /?token=TOKEN (the value of serve.token_env), "+
			"or send Authorization: Bearer TOKEN", http.StatusUnauthorized)
	})
}

func (s *server) valid(t string) bool {
	return subtle.ConstantTimeCompare([]byte(t), []byte(s.o.Token)) == 1
}

// runNow starts a run of the report and sends the browser back to the page.
func (s *server) runNow(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("report")
	if !s.known(name) || s.o.RunNow == nil {
		http.Error(w, "no report named "+name+" can be run from here", http.StatusNotFound)
		return
	}
	if err := s.o.RunNow(name); err != nil {
		http.Error(w, err.Error(), http.StatusConflict)
		return
	}
	s.o.Log.Info("run requested from the status page", "report", name, "remote", r.RemoteAddr)
	http.Redirect(w, r, "/?started="+name+"#"+name, http.StatusSeeOther)
}

func (s *server) known(name string) bool {
	for _, rep := range s.o.Reports() {
		if rep.Name == name {
			return true
		}
	}
	return false
}
