package redact_test

import (
	"fmt"

	"github.com/whybounce/whybounce/classifier/redact"
)

func ExampleText() {
	fmt.Println(redact.Text("550 5.1.1 <ann.lee@example.com>: host mx.example.com[192.0.2.10] said: User unknown"))
	// Output: 550 5.1.1 <*******@example.com>: host mx.example.com[**********] said: User unknown
}
