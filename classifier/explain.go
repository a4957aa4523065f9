package classifier

// Info explains a category in plain words.
type Info struct {
	ID Category `json:"id"`
	// Title is a short heading ("The address does not exist").
	Title string `json:"title"`
	// Summary is one sentence a customer understands.
	Summary string `json:"summary"`
	// Explanation is a paragraph or two on what happened and why.
	Explanation string `json:"explanation"`
	// WhoActs is who has to do something: "you", "your provider", "the recipient",
	// "the recipient's admin" or "nobody".
	WhoActs string `json:"who_acts"`
	// Steps are what to do next, in order.
	Steps []string `json:"steps"`
	// Usually is "permanent", "temporary", "either" or "" for non-failures.
	Usually string `json:"usually"`
	// ArticleTerms are the phrases bounces use for this kind of failure
	// ("User unknown", "Quota exceeded"...).
	ArticleTerms []string `json:"terms,omitempty"`
}

// Explain returns the plain-language explanation of c.
// TEMPORARY: replaced by the real texts.
func Explain(c Category) Info {
	return Info{ID: c, Title: string(c), Summary: string(c)}
}
