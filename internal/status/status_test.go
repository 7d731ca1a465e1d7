package status

import (
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"marketbrief/internal/history"
)

const run1 = "20251124T070000Z"

// fixture writes an output folder with one published run of report weekly, its delivery, and a
// secret file next to the output folder, and returns the output folder.
func fixture(t *testing.T) string {
	t.Helper()
	base := t.TempDir()
	out := filepath.Join(base, "out")
	dir := filepath.Join(out, "weekly", run1)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for name, content := range map[string]string{
		"weekly.xlsx": "PK workbook", "weekly.pdf": "%PDF brief", "facts.json": "{}",
		"manifest.json": `{"as_of":"2025-11-24","window":"7d","counts":{"documents":56893,"vendors":15596,"deals":2362,"deals_in_report":1797,"market_shares":63,"market_shares_in_report":62,"group_shares":9}}`,
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(base, "secret.txt"), []byte("secret"), 0o644); err != nil {
		t.Fatal(err)
	}
	start := time.Date(2025, 11, 24, 7, 0, 0, 0, time.UTC)
	for _, e := range []history.Entry{
		{RunID: run1, Report: "weekly", Trigger: "scheduled", Start: start, End: start.Add(2 * time.Second), Status: "ok"},
		{RunID: run1, Report: "weekly", Kind: history.KindDelivery, Start: start.Add(3 * time.Second), Status: "failed",
			Deliveries: []history.Delivery{{Channel: "email", To: []string{"ana@example.com"}, Message: "report", Status: "failed", Attempts: 3, Error: "connection refused"}}},
	} {
		if err := history.Append(filepath.Join(out, "weekly"), e); err != nil {
			t.Fatal(err)
		}
	}
	return out
}

type fake struct {
	mu  sync.Mutex
	ran []string
}

func newHandler(t *testing.T, out, token string) (http.Handler, *fake) {
	f := &fake{}
	paris, _ := time.LoadLocation("Europe/Paris")
	h := New(Options{
		Output: out, Token: token, Now: func() time.Time { return time.Date(2025, 11, 24, 9, 0, 0, 0, time.UTC) },
		Reports: func() []Report {
			return []Report{{Name: "weekly", Title: "Cloud weekly", Language: "en", Schedule: "0 7 * * 1", Zone: paris,
				Next: []time.Time{time.Date(2025, 12, 1, 6, 0, 0, 0, time.UTC)}, Delivers: "e-mail to ana@example.com"}}
		},
		RunNow: func(name string) error {
			f.mu.Lock()
			defer f.mu.Unlock()
			f.ran = append(f.ran, name)
			return nil
		},
		Metrics: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "metrics "+r.URL.Path) }),
	})
	return h, f
}

func do(h http.Handler, method, target string, header map[string]string) *httptest.ResponseRecorder {
	req := httptest.NewRequest(method, target, nil)
	for k, v := range header {
		req.Header.Set(k, v)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

func TestPage(t *testing.T) {
	h, _ := newHandler(t, fixture(t), "")
	rec := do(h, "GET", "/", nil)
	body := rec.Body.String()
	for _, want := range []string{
		"Cloud weekly", "0 7 * * 1 (Europe/Paris)", "Mon 1 Dec 2025 07:00 CET", "24 Nov 2025 08:00 CET", "2.0 s", ">56,893<", "as of 24 Nov 2025 · 7d",
		// the brief's counts (deals and shares at the report's confidence, joint shares
		// included), not facts.json's 2,362 deals and 63 shares
		"15,596 vendors, 1,797 deals, 71 shares", "email to ana@example.com: FAILED after 3 attempts: connection refused",
		`href="/runs/weekly/` + run1 + `/weekly.xlsx"`, `href="/runs/weekly/` + run1 + `/weekly.pdf"`,
		`href="/runs/weekly/` + run1 + `/facts.json"`, `<form method="post" action="/run/weekly">`, `name="viewport"`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("page lacks %q", want)
		}
	}
	if strings.Contains(body, "<script") {
		t.Error("the page has a script")
	}
}

func TestPageUndelivered(t *testing.T) {
	out := fixture(t)
	for i, id := range []string{"20251201T070000Z", "20251208T070000Z"} {
		start := time.Date(2025, 12, 1+7*i, 7, 0, 0, 0, time.UTC)
		if err := history.Append(filepath.Join(out, "weekly"), history.Entry{RunID: id, Report: "weekly", Start: start, End: start.Add(time.Second), Status: "ok"}); err != nil {
			t.Fatal(err)
		}
	}
	h, _ := newHandler(t, out, "")
	body := do(h, "GET", "/", nil).Body.String()
	if !strings.Contains(body, "not sent (marketbrief deliver --report weekly --run 20251201T070000Z)") {
		t.Errorf("a run never delivered is not shown as such:\n%s", body)
	}
	if strings.Contains(body, "--run 20251208T070000Z") || !strings.Contains(body, "sending…") {
		t.Errorf("the newest run, whose delivery may not be recorded yet, is not shown as sending:\n%s", body)
	}
	// The process stopped after announcing the delivery and before recording its outcome; an
	// hour later (the page's clock is a day before) nobody is sending it any more.
	if err := history.Append(filepath.Join(out, "weekly"), history.Entry{Kind: history.KindDelivery, Report: "weekly",
		RunID: "20251208T070000Z", Status: history.StatusSending, Start: time.Date(2025, 11, 24, 8, 0, 0, 0, time.UTC)}); err != nil {
		t.Fatal(err)
	}
	body = do(h, "GET", "/", nil).Body.String()
	if !strings.Contains(body, "interrupted while sending: check with the readers before re-sending (marketbrief deliver --report weekly --run 20251208T070000Z)") ||
		strings.Contains(body, "sending…") {
		t.Errorf("an interrupted delivery is not shown as such:\n%s", body)
	}
	// While it is young, it is being sent.
	if err := history.Append(filepath.Join(out, "weekly"), history.Entry{Kind: history.KindDelivery, Report: "weekly",
		RunID: "20251208T070000Z", Status: history.StatusSending, Start: time.Date(2025, 11, 24, 8, 59, 0, 0, time.UTC)}); err != nil {
		t.Fatal(err)
	}
	if body = do(h, "GET", "/", nil).Body.String(); !strings.Contains(body, "sending…") || strings.Contains(body, "interrupted") {
		t.Errorf("a delivery in progress is not shown as sending:\n%s", body)
	}
}

func TestDownloadStaysInOutput(t *testing.T) {
	out := fixture(t)
	// A run folder and a file that are symbolic links out of the output folder.
	if err := os.Symlink(filepath.Dir(out), filepath.Join(out, "weekly", "20251201T070000Z")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(filepath.Dir(out), "secret.txt"), filepath.Join(out, "weekly", run1, "weekly.pdf")+".tmp"); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(filepath.Join(out, "weekly", run1, "weekly.pdf")+".tmp", filepath.Join(out, "weekly", run1, "weekly.pdf")); err != nil {
		t.Fatal(err)
	}
	h, _ := newHandler(t, out, "")
	if rec := do(h, "GET", "/runs/weekly/"+run1+"/weekly.xlsx", nil); rec.Code != 200 || rec.Body.String() != "PK workbook" ||
		!strings.Contains(rec.Header().Get("Content-Disposition"), "weekly.xlsx") {
		t.Errorf("workbook: %d %q", rec.Code, rec.Body.String())
	}
	for _, target := range []string{
		"/runs/weekly/" + run1 + "/weekly.pdf",         // a link to ../secret.txt
		"/runs/weekly/20251201T070000Z/secret.txt",     // not a run file
		"/runs/weekly/20251201T070000Z/facts.json",     // run folder links outside
		"/runs/weekly/..%2F..%2Fsecret.txt/facts.json", // encoded dots
		"/runs/weekly/" + run1 + "/manifest.json",      // not a download
		"/runs/weekly/" + run1 + "/..%2F..%2F..%2Fsecret.txt",
		"/runs/other/" + run1 + "/facts.json", // not a report
		"/runs/weekly/latest/facts.json",      // not a run id
	} {
		rec := do(h, "GET", target, nil)
		if rec.Code == 200 || strings.Contains(rec.Body.String(), "secret") {
			t.Errorf("GET %s: %d %q, want refused", target, rec.Code, rec.Body.String())
		}
	}
	// The path cleaning of net/http redirects a raw ../ elsewhere; following it finds nothing either.
	if rec := do(h, "GET", "/runs/weekly/"+run1+"/../../../secret.txt", nil); rec.Code == 200 {
		t.Errorf("raw ../: %d %q", rec.Code, rec.Body.String())
	}
}

func TestRunNowRefusesCrossSite(t *testing.T) {
	h, f := newHandler(t, fixture(t), "")
	for _, hdr := range []map[string]string{{"Sec-Fetch-Site": "cross-site"}, {"Origin": "https://evil.example", "Host": "example.com"}} {
		if rec := do(h, "POST", "/run/weekly", hdr); rec.Code != http.StatusForbidden {
			t.Errorf("POST with %v: %d, want 403", hdr, rec.Code)
		}
	}
	if rec := do(h, "GET", "/run/weekly", nil); rec.Code != http.StatusMethodNotAllowed {
		t.Errorf("GET /run/weekly: %d, want 405", rec.Code)
	}
	if len(f.ran) != 0 {
		t.Fatalf("runs started: %v", f.ran)
	}
	rec := do(h, "POST", "/run/weekly", map[string]string{"Sec-Fetch-Site": "same-origin"})
	if rec.Code != http.StatusSeeOther || len(f.ran) != 1 || f.ran[0] != "weekly" {
		t.Errorf("same-origin POST: %d, runs %v", rec.Code, f.ran)
	}
	if rec := do(h, "POST", "/run/nope", nil); rec.Code != http.StatusNotFound {
		t.Errorf("unknown report: %d", rec.Code)
	}
}

func TestToken(t *testing.T) {
	const token = "0123456789abcdef0123"
	h, _ := newHandler(t, fixture(t), token)
	if rec := do(h, "GET", "/", nil); rec.Code != http.StatusUnauthorized {
		t.Errorf("no token: %d", rec.Code)
	}
	if rec := do(h, "GET", "/metrics", map[string]string{"Authorization": "Bearer wrong"}); rec.Code != http.StatusUnauthorized {
		t.Errorf("wrong token: %d", rec.Code)
	}
	if rec := do(h, "GET", "/metrics", map[string]string{"Authorization": "Bearer " + token}); rec.Code != 200 {
		t.Errorf("bearer token: %d", rec.Code)
	}
	if rec := do(h, "GET", "/healthz", nil); rec.Code != 200 {
		t.Errorf("/healthz without token: %d, want 200 for probes", rec.Code)
	}
	rec := do(h, "GET", "/?token="+token, nil)
	cookie := rec.Header().Get("Set-Cookie")
	if rec.Code != http.StatusSeeOther || rec.Header().Get("Location") != "/" || !strings.Contains(cookie, "HttpOnly") || !strings.Contains(cookie, "SameSite=Strict") {
		t.Fatalf("?token: %d %q %q", rec.Code, rec.Header().Get("Location"), cookie)
	}
	name, value, _ := strings.Cut(strings.Split(cookie, ";")[0], "=")
	if rec := do(h, "GET", "/", map[string]string{"Cookie": name + "=" + value}); rec.Code != 200 {
		t.Errorf("cookie: %d", rec.Code)
	}
}
