package classifier

import (
	"fmt"
	"os"
	"testing"
)

func TestZZVis(t *testing.T) {
	raw, _ := os.ReadFile(os.Getenv("F"))
	v := visibleText(t, raw)
	fmt.Println(v[:min(len(v), 1500)])
	d, err := Diagnose([]byte(v), Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, r := range d.Recipients {
		fmt.Printf("=> %s %s %s %s\n", r.Address, r.Category, r.Confidence, r.Rule)
	}
}
