// whybounce, "Many bounces": upload with a progress bar that shows the
// messages read and the rate, from the server's events (or, where they do
// not arrive, by asking every second), and a Cancel button. Without this
// script the form posts as it is and the progress page reloads by itself.
(function () {
	"use strict";

	var doc = document;

	function el(tag, attrs, text) {
		var e = doc.createElement(tag);
		Object.keys(attrs || {}).forEach(function (k) {
			e.setAttribute(k, attrs[k]);
		});
		if (text) {
			e.textContent = text;
		}
		return e;
	}

	// follow shows a run's progress in ui until it is done.
	function follow(run, ui) {
		var finished = false;
		var timer = null;
		var source = null;

		function update(p) {
			if (finished) {
				return;
			}
			ui.bar.value = p.done ? 100 : p.percent;
			ui.bar.textContent = ui.bar.value + "%";
			ui.text.textContent = p.text;
			if (p.done) {
				finished = true;
				if (source) {
					source.close();
				}
				if (timer) {
					window.clearTimeout(timer);
				}
				ui.done(p);
			}
		}

		function poll() {
			fetch(run.status, { credentials: "same-origin", headers: { Accept: "application/json" } })
				.then(function (res) {
					return res.json();
				})
				.then(update)
				.catch(function () {})
				.then(function () {
					if (!finished) {
						timer = window.setTimeout(poll, 1000);
					}
				});
		}

		if (window.EventSource) {
			source = new EventSource(run.events);
			source.onmessage = function (e) {
				try {
					update(JSON.parse(e.data));
				} catch (err) {
					// a broken event: the next one or the polling will do
				}
			};
			source.onerror = function () {
				source.close();
				source = null;
				if (!finished) {
					poll();
				}
			};
		} else {
			poll();
		}
		return {
			stop: function () {
				finished = true;
				if (source) {
					source.close();
				}
				if (timer) {
					window.clearTimeout(timer);
				}
			}
		};
	}

	// progressUI builds the progress bar in place of node, or takes the one
	// the progress page has.
	function progressUI(section, onCancel) {
		var ui = {
			bar: section.querySelector("progress"),
			text: section.querySelector(".progress-text"),
			cancel: section.querySelector(".cancel button"),
			done: function (p) {
				var cancel = section.querySelector(".cancel");
				if (cancel) {
					cancel.remove();
				}
				var link = el("a", { href: p.report, "class": "button primary see-report" },
					p.state === "cancelled" ? "See the report of what was read" : "See the report");
				var para = el("p", { "class": "report-link" });
				para.appendChild(link);
				section.appendChild(para);
				link.focus();
			}
		};
		if (ui.cancel && onCancel) {
			ui.cancel.addEventListener("click", function (e) {
				e.preventDefault();
				ui.cancel.disabled = true;
				ui.text.textContent = "Cancelling…";
				onCancel();
			});
		}
		return ui;
	}

	function buildProgress() {
		var section = el("section", { "class": "triage-progress", "aria-labelledby": "progress-title" });
		section.appendChild(el("h2", { id: "progress-title", tabindex: "-1" }, "Reading the bounces"));
		section.appendChild(el("label", { "for": "triage-bar", "class": "visually-hidden" }, "Messages read"));
		section.appendChild(el("progress", { id: "triage-bar", max: "100", value: "0" }, "0%"));
		section.appendChild(el("p", { "class": "progress-text", role: "status" }, "Sending the files…"));
		var form = el("form", { "class": "cancel" });
		form.appendChild(el("button", { type: "submit", "class": "button danger" }, "Cancel"));
		section.appendChild(form);
		return section;
	}

	function showError(form, message) {
		var old = doc.getElementById("triage-error");
		if (old) {
			old.remove();
		}
		var box = el("div", { "class": "alert", role: "alert", id: "triage-error" });
		box.appendChild(el("p", {}, message));
		form.parentNode.insertBefore(box, form);
	}

	function upload(form, run) {
		var picker = form.querySelector('input[type="file"]');
		var data = new FormData();
		Array.prototype.forEach.call(picker.files, function (f) {
			data.append("files", f, f.name);
		});
		var section = buildProgress();
		var xhr = new XMLHttpRequest();
		var cancelled = false;
		var watch = null;
		var ui = progressUI(section, function () {
			cancelled = true;
			fetch(run.cancel, { method: "POST", credentials: "same-origin" })
				.catch(function () {})
				.then(function () {
					xhr.abort();
				});
		});
		form.replaceWith(section);
		section.querySelector("h2").focus();

		xhr.open("POST", run.upload);
		xhr.upload.onprogress = function (e) {
			if (e.lengthComputable && ui.bar.value < 1) {
				ui.text.textContent = "Sending the files: " + Math.floor(100 * e.loaded / e.total) + "%…";
			}
		};
		xhr.onerror = function () {
			if (!cancelled) {
				ui.text.textContent = "The upload stopped. The report shows what was read before.";
			}
		};
		xhr.send(data);
		watch = follow(run, ui);
		return watch;
	}

	var form = doc.querySelector("form.triage[data-start]");
	if (form && window.fetch && window.FormData && window.XMLHttpRequest && window.URLSearchParams) {
		form.addEventListener("submit", function (e) {
			var picker = form.querySelector('input[type="file"]');
			if (!picker || !picker.files || picker.files.length === 0) {
				return; // the browser says the field is required
			}
			e.preventDefault();
			if (form.hasAttribute("aria-busy")) {
				return;
			}
			form.setAttribute("aria-busy", "true");
			var body = new URLSearchParams();
			var redact = form.querySelector('input[name="redact"]');
			if (redact && redact.checked) {
				body.set("redact", "on");
			}
			fetch(form.getAttribute("data-start"), { method: "POST", body: body, credentials: "same-origin",
				headers: { Accept: "application/json" } })
				.then(function (res) {
					return res.json().then(function (j) {
						if (!res.ok) {
							throw new Error(j.error || "The upload could not start.");
						}
						return j;
					});
				})
				.then(function (run) {
					upload(form, run);
				})
				.catch(function (err) {
					form.removeAttribute("aria-busy");
					showError(form, err.message);
				});
		});
	}

	// The progress page of a run being read: follow it live instead of
	// reloading. Its Cancel button posts its form as it is.
	var page = doc.querySelector(".triage-progress[data-events]");
	if (page && (window.EventSource || window.fetch)) {
		follow({ events: page.getAttribute("data-events"), status: page.getAttribute("data-status") }, progressUI(page, null));
	}
})();
