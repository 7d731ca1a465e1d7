package config

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
)

func TestValidateDelivery(t *testing.T) {
	t.Setenv("MB_SMTP_PASSWORD", "")
	t.Setenv("MB_TOKEN", "short")
	tests := []struct {
		name, config, report string
		want                 []string
	}{
		{name: "valid", config: "smtp: {host: mail.example.com, from: brief@example.com}\n",
			report: "deliver:\n  email: {to: [a@example.com], cc: [\"B <b@example.com>\"]}\n  webhook: {url: https://hooks.example.com/x, format: slack}\n"},
		{name: "e-mail without a server", report: "deliver:\n  email: {to: [a@example.com]}\n",
			want: []string{"reports/r.yaml: deliver.email: needs a mail server: set smtp.host"}},
		{name: "bad addresses and webhook", config: "smtp: {host: mail.example.com, from: brief@example.com}\n",
			report: "deliver:\n  email: {to: [not-an-address], cc: [\"x@\"]}\n  webhook: {url: ftp://x, format: discord}\n  on_failure: shout\n  on_empty: maybe\n",
			want: []string{`deliver.email.to[0]: is not an e-mail address`, `"not-an-address"`, `deliver.email.cc[0]`,
				`deliver.webhook.url: must be an http(s) URL`, `deliver.webhook.format: must be slack, teams or json (got "discord")`,
				`deliver.on_failure: must be notice or none`, `deliver.on_empty: must be notice, report or none`}},
		{name: "no recipients", config: "smtp: {host: mail.example.com, from: brief@example.com}\n", report: "deliver:\n  email: {cc: [a@example.com]}\n",
			want: []string{"deliver.email.to: must list at least one address"}},
		{name: "smtp problems", config: "smtp: {host: mail.example.com, port: 0, from: nobody, username: bot, password_env: MB_SMTP_PASSWORD, max_attachment_mb: 0}\ndelivery: {attempts: 0}\n",
			want: []string{"smtp.port: must be a TCP port", `smtp.from: must be the sender's address`, "smtp.password_env: names an environment variable that is unset or empty: export MB_SMTP_PASSWORD",
				"smtp.max_attachment_mb: must be more than 0", "delivery.attempts"}},
		{name: "password in the file is unknown", config: "smtp: {host: h, from: a@b.c, password: hunter2}\n",
			want: []string{"unknown key password"}},
		{name: "password in clear", config: "smtp: {host: h, from: a@b.c, username: bot, password_env: HOME, starttls: false}\n",
			want: []string{"smtp.starttls: must be true when smtp.username is set"}},
		{name: "password over TLS on 465", config: "smtp: {host: h, port: 465, from: a@b.c, username: bot, password_env: HOME, starttls: false}\n"},
		{name: "username without password_env", config: "smtp: {host: h, from: a@b.c, username: bot}\n",
			want: []string{"smtp.password_env: must name the environment variable"}},
		{name: "network listener without a token", config: "serve: {listen: 0.0.0.0:9464}\n",
			want: []string{"serve.listen: must be a loopback address", "or set serve.token_env"}},
		{name: "token too short", config: "serve: {listen: 0.0.0.0:9464, token_env: MB_TOKEN}\n",
			want: []string{"serve.token_env: names an environment variable that is unset or shorter than 16 characters"}},
	}
	tmpl := fstest.MapFS{"brief.en.tmpl": {Data: []byte("x")}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := filepath.Join(t.TempDir(), "config.yaml")
			if err := os.WriteFile(p, []byte(tt.config), 0o644); err != nil {
				t.Fatal(err)
			}
			cfg, err := Load(p)
			if err == nil {
				err = cfg.Validate()
				if tt.report != "" {
					_, rerr := LoadReports(cfg, fstest.MapFS{"r.yaml": {Data: []byte(tt.report)}}, tmpl)
					err = errors.Join(err, rerr)
				}
			}
			if len(tt.want) == 0 {
				if err != nil {
					t.Fatalf("unexpected error: %v", err)
				}
				return
			}
			for _, w := range tt.want {
				if err == nil || !strings.Contains(err.Error(), w) {
					t.Errorf("error %v lacks %q", err, w)
				}
			}
		})
	}
}
