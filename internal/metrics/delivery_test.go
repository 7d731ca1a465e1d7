package metrics

import (
	"strings"
	"testing"
)

func TestDeliveryMetrics(t *testing.T) {
	r := NewRegistry()
	r.ObserveDelivery("weekly", "email", "sent")
	r.ObserveDelivery("weekly", "email", "failed")
	r.ObserveDelivery("hebdo", "webhook", "sent")
	var b strings.Builder
	if err := r.WriteText(&b); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		`marketbrief_deliveries_total{report="hebdo",channel="webhook",status="sent"} 1`,
		`marketbrief_deliveries_total{report="weekly",channel="email",status="failed"} 1`,
		`marketbrief_deliveries_total{report="weekly",channel="email",status="sent"} 1`,
		`marketbrief_delivery_failing{report="hebdo"} 0`,
		`marketbrief_delivery_failing{report="weekly"} 1`,
	} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("metrics lack %q:\n%s", want, b.String())
		}
	}
	r.ObserveDelivery("weekly", "email", "sent")
	b.Reset()
	_ = r.WriteText(&b)
	if !strings.Contains(b.String(), `marketbrief_delivery_failing{report="weekly"} 0`) {
		t.Errorf("a sent message does not clear the failing state:\n%s", b.String())
	}
}
