package metrics

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"syscall"
	"time"
)

// Serve listens on addr (checked by CheckListen) and serves r's handler until ctx ends, then shuts
// the server down. It returns once the server has stopped; the listen error comes back at once.
func Serve(ctx context.Context, addr string, r *Registry, log *slog.Logger) error {
	if err := CheckListen(addr); err != nil {
		return err
	}
	return ServeHandler(ctx, addr, r.Handler(), log)
}

// ServeHandler listens on addr and serves h until ctx ends, like Serve, but leaves checking addr
// to the caller: the status page allows a non-loopback address when it requires a token.
func ServeHandler(ctx context.Context, addr string, h http.Handler, log *slog.Logger) error {
	ln, err := (&net.ListenConfig{}).Listen(ctx, "tcp", addr)
	if errors.Is(err, syscall.EADDRINUSE) {
		return fmt.Errorf("metrics: serve.listen %s is already in use (another marketbrief serve on this machine?): "+
			"stop that process, set serve.listen to a free port, or remove it to serve without /metrics and the status page", addr)
	}
	if err != nil {
		return fmt.Errorf("metrics: serve.listen %s: %w", addr, err)
	}
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 5 * time.Second}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }() // joined below
	log.Info("metrics listening", "addr", ln.Addr().String())
	select {
	case err := <-errc:
		return fmt.Errorf("metrics: %w", err)
	case <-ctx.Done():
	}
	shutCtx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
	defer cancel()
	err = srv.Shutdown(shutCtx)
	if serveErr := <-errc; !errors.Is(serveErr, http.ErrServerClosed) && err == nil {
		err = serveErr
	}
	return err
}
