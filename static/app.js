// whybounce: a few enhancements on top of pages that work without any script.
// Drop a file anywhere on the home page, get the diagnosis without a full page
// load, copy links and replies with one click. Whenever something here fails,
// the browser's own behaviour (the plain form post) takes over.
(function () {
	"use strict";

	var doc = document;
	doc.documentElement.classList.add("js");

	// One polite live region tells screen reader users what changed.
	var live = doc.createElement("div");
	live.id = "announce";
	live.className = "visually-hidden";
	live.setAttribute("role", "status");
	live.setAttribute("aria-live", "polite");
	doc.body.appendChild(live);

	function announce(message) {
		live.textContent = "";
		// Set after a pause, so the same message twice is still read out.
		window.setTimeout(function () {
			live.textContent = message;
		}, 100);
	}

	// pasteForm is the form a dropped file goes into: the paste form, or
	// the "Many bounces" upload.
	function pasteForm() {
		return doc.querySelector("form.diagnose, form.triage");
	}

	// Drop a file anywhere: on the home page it goes into the form, on any
	// other page it is explained at once.

	function carriesFiles(e) {
		var types = e.dataTransfer && e.dataTransfer.types;
		return !!types && Array.prototype.indexOf.call(types, "Files") >= 0;
	}

	// dropForm is a hidden form of its own for a file dropped away from the paste form.
	function dropForm() {
		var form = doc.createElement("form");
		form.method = "post";
		form.action = "/diagnose";
		form.enctype = "multipart/form-data";
		form.hidden = true;
		var picker = doc.createElement("input");
		picker.type = "file";
		picker.name = "file";
		form.appendChild(picker);
		doc.body.appendChild(form);
		return form;
	}

	var dragDepth = 0;

	function dragEnd() {
		dragDepth = 0;
		doc.body.classList.remove("dragging");
	}

	doc.addEventListener("dragenter", function (e) {
		if (!carriesFiles(e)) {
			return;
		}
		dragDepth++;
		doc.body.classList.add("dragging");
	});
	doc.addEventListener("dragleave", function (e) {
		if (!carriesFiles(e)) {
			return;
		}
		dragDepth = Math.max(0, dragDepth - 1);
		if (dragDepth === 0) {
			dragEnd();
		}
	});
	doc.addEventListener("dragover", function (e) {
		if (!carriesFiles(e)) {
			return;
		}
		e.preventDefault();
		e.dataTransfer.dropEffect = "copy";
	});
	doc.addEventListener("drop", function (e) {
		if (!carriesFiles(e)) {
			return;
		}
		e.preventDefault();
		dragEnd();
		var files = e.dataTransfer.files;
		if (!files || files.length === 0) {
			return;
		}
		var form = pasteForm();
		var explainNow = !form;
		if (explainNow) {
			form = dropForm();
		}
		var picker = form.querySelector('input[type="file"]');
		if (!picker) {
			return;
		}
		try {
			// The file picker keeps the exact bytes, whatever their charset.
			picker.files = files;
		} catch (err) {
			announce("That file could not be loaded here: choose it with the file button instead.");
			return;
		}
		if (explainNow) {
			announce("Reading " + files[0].name + "…");
			if (form.requestSubmit) {
				form.requestSubmit();
			} else {
				form.submit();
			}
			return;
		}
		picker.focus();
		if (form.classList.contains("triage")) {
			announce((files.length === 1 ? files[0].name + " is" : files.length + " files are") + " ready. Press “Read these bounces” to read them.");
			return;
		}
		announce(files[0].name + " is ready. Press “Explain this bounce” to read it.");
	});

	// Diagnose without a full page load.

	var pushed = false;

	function sameOriginPost(form) {
		return form.method.toLowerCase() === "post" &&
			new URL(form.action, location.href).pathname === "/diagnose";
	}

	function postNatively(form, submitter) {
		form.setAttribute("data-native", "");
		if (submitter) {
			submitter.disabled = false;
		}
		if (form.requestSubmit) {
			form.requestSubmit(submitter || undefined);
		} else {
			form.submit();
		}
	}

	function formData(form, submitter) {
		var data = new FormData(form);
		if (submitter && submitter.name) {
			data.append(submitter.name, submitter.value);
		}
		return data;
	}

	function showPage(html, form) {
		var next = new DOMParser().parseFromString(html, "text/html");
		var nextMain = next.querySelector("main");
		var main = doc.querySelector("main");
		if (!nextMain || !main) {
			throw new Error("no main element in the answer");
		}
		nextMain = doc.adoptNode(nextMain);
		main.replaceWith(nextMain);
		doc.title = next.title;
		window.scrollTo(0, 0);

		var alert = nextMain.querySelector('[role="alert"]');
		var heading = nextMain.querySelector("h1");
		if (alert) {
			// The form came back with a message: the field it is about gets focus.
			var field = nextMain.querySelector('[aria-invalid="true"]') || alert;
			focus(field);
			announce(alert.textContent.trim());
		} else {
			if (!pushed) {
				history.pushState({ whybounce: "result" }, "", form.action);
				pushed = true;
			}
			focus(heading || nextMain);
			announce((heading ? heading.textContent.trim() : doc.title));
		}
		enhance(nextMain);
	}

	function focus(el) {
		if (!el.matches("a, button, input, select, textarea, [tabindex]")) {
			el.setAttribute("tabindex", "-1");
		}
		el.focus();
	}

	// postForPage posts a form's data and gives the page that comes back, or
	// fails on anything else (a redirect, an error of the server, not HTML).
	function postForPage(action, body) {
		return fetch(action, { method: "POST", body: body, credentials: "same-origin", headers: { Accept: "text/html" } })
			.then(function (res) {
				var type = res.headers.get("Content-Type") || "";
				if (res.redirected || type.indexOf("text/html") !== 0 || res.status >= 500) {
					throw new Error("unexpected answer " + res.status);
				}
				return res.text();
			});
	}

	doc.addEventListener("submit", function (e) {
		var form = e.target;
		if (e.defaultPrevented || !(form instanceof HTMLFormElement) || !sameOriginPost(form) ||
			form.hasAttribute("data-native") || !window.fetch || !window.DOMParser) {
			return;
		}
		e.preventDefault();
		if (form.hasAttribute("aria-busy")) {
			return; // one request at a time, even when Enter is pressed twice
		}
		var submitter = e.submitter || null;
		var data;
		try {
			data = formData(form, submitter);
			// The result shows at once; its live checks load after it.
			data.append("checks", "later");
		} catch (err) {
			postNatively(form, submitter);
			return;
		}
		if (submitter) {
			submitter.disabled = true;
		}
		form.setAttribute("aria-busy", "true");
		announce("Reading the bounce…");
		postForPage(form.action, data)
			.then(function (html) {
				showPage(html, form);
			})
			.catch(function () {
				form.removeAttribute("aria-busy");
				if (form.isConnected) {
					postNatively(form, submitter);
				}
			});
	});

	// The result has no address of its own: going back shows the form again.
	window.addEventListener("popstate", function () {
		if (pushed) {
			location.reload();
		}
	});

	// Copy buttons beside every read-only field (share links, replies).

	// labelText is the field's accessible name: aria-labelledby, else its <label>.
	function labelText(field) {
		var ids = (field.getAttribute("aria-labelledby") || "").split(/\s+/);
		var parts = [];
		ids.forEach(function (id) {
			var el = id && doc.getElementById(id);
			if (el) {
				parts.push(el.textContent.trim());
			}
		});
		if (parts.length === 0 && field.labels && field.labels.length > 0) {
			parts.push(field.labels[0].textContent.trim());
		}
		return parts.join(" ");
	}

	function copyText(field) {
		var viaSelection = function () {
			field.focus();
			field.select();
			if (!doc.execCommand || !doc.execCommand("copy")) {
				throw new Error("copy refused");
			}
		};
		if (navigator.clipboard && window.isSecureContext) {
			return navigator.clipboard.writeText(field.value).catch(viaSelection);
		}
		return new Promise(function (resolve) {
			viaSelection();
			resolve();
		});
	}

	function addCopyButton(field) {
		if (field.hasAttribute("data-copy-ready") || field.type === "hidden") {
			return;
		}
		field.setAttribute("data-copy-ready", "");
		var button = doc.createElement("button");
		button.type = "button";
		button.className = "button copy";
		button.textContent = "Copy";
		var label = labelText(field);
		if (label) {
			button.setAttribute("aria-label", "Copy: " + label);
		}
		button.addEventListener("click", function () {
			copyText(field).then(function () {
				button.textContent = "Copied";
				announce("Copied to the clipboard.");
				window.setTimeout(function () {
					button.textContent = "Copy";
				}, 2500);
			}, function () {
				field.focus();
				field.select();
				announce("The text is selected: press Control+C, or Command+C on a Mac, to copy it.");
			});
		});
		field.insertAdjacentElement("afterend", button);
	}

	// The "Checked just now" box: the result page comes without waiting for
	// DNS, and the box's own form runs the checks as soon as it shows.
	// Without script the form post has them already; if loading fails, the
	// box's button sends its form the plain way.

	function loadChecks(form) {
		var box = form.closest(".live-checks");
		if (!box || box.hasAttribute("aria-busy") || !window.fetch || !window.DOMParser || !window.URLSearchParams) {
			return;
		}
		var body;
		try {
			body = new URLSearchParams(new FormData(form));
		} catch (err) {
			return;
		}
		box.setAttribute("aria-busy", "true");
		form.hidden = true;
		var waiting = doc.createElement("p");
		waiting.className = "checks-loading";
		waiting.textContent = "Looking up the names and addresses of this bounce in DNS…";
		form.insertAdjacentElement("afterend", waiting);
		postForPage(form.action, body)
			.then(function (html) {
				var next = new DOMParser().parseFromString(html, "text/html").querySelector("section.live-checks");
				if (!next) {
					throw new Error("no checks in the answer");
				}
				next = doc.adoptNode(next);
				box.replaceWith(next);
				var problems = next.querySelectorAll(".check-problem").length;
				announce("Checked just now: " + (problems === 0 ? "no problem found." :
					problems === 1 ? "1 problem found." : problems + " problems found."));
			})
			.catch(function () {
				box.removeAttribute("aria-busy");
				waiting.remove();
				form.hidden = false;
			});
	}

	// Without a base URL set by the operator, the server writes its own
	// links as paths (it never builds them from the Host header): put the
	// address this page was opened at in front of each, where it stands as a
	// whole word.
	function escapeRegExp(s) {
		return s.replace(/[.*+?^${}()|[\]\\\/]/g, "\\$&");
	}

	function completeLinks(field) {
		var paths = field.getAttribute("data-complete-links").split(" ").filter(function (p) {
			return p.charAt(0) === "/";
		});
		field.removeAttribute("data-complete-links");
		if (paths.length === 0) {
			return;
		}
		paths.sort(function (a, b) {
			return b.length - a.length;
		});
		var re = new RegExp("(^|\\s)(" + paths.map(escapeRegExp).join("|") + ")(?=\\s|$)", "g");
		field.value = field.value.replace(re, function (all, before, path) {
			return before + location.origin + path;
		});
	}


	// On a wide screen a long bounce scrolls in its own box: open it at the
	// first highlighted passage rather than at the headers above it.
	function showFirstMark(pre) {
		var mark = pre.querySelector("mark");
		if (!mark || pre.scrollHeight <= pre.clientHeight) {
			return;
		}
		var offset = mark.getBoundingClientRect().top - pre.getBoundingClientRect().top;
		if (offset > pre.clientHeight / 2) {
			pre.scrollTop += offset - 48;
		}
	}

	function enhance(root) {
		Array.prototype.forEach.call(root.querySelectorAll("[data-complete-links]"), completeLinks);
		Array.prototype.forEach.call(root.querySelectorAll(".bounce-text pre"), showFirstMark);
		Array.prototype.forEach.call(root.querySelectorAll("input[readonly], textarea[readonly]"), addCopyButton);
		Array.prototype.forEach.call(root.querySelectorAll('.live-checks[data-state="pending"] form.checks-form'), loadChecks);
	}

	enhance(doc);
})();
