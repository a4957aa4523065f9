package classifier

import (
	"regexp"
	"strings"
)

// A rule says that a bounce containing one of its phrases belongs to its
// category. The table is ordered: when several rules match a recipient's
// text, the one nearest the top wins, so specific wording (a named blocklist,
// "relaying denied", "too many recipients") comes before generic wording and
// long before any status code is consulted.
type rule struct {
	cat     Category
	why     string
	phrases []string
	// weak rules hold generic words ("rejected", "not found"); a specific
	// status code outranks them.
	weak bool
}

// rules is the taxonomy, top to bottom. Phrases are matched ignoring case
// and line wrapping; '^' and '$' ask for a word boundary.
var rules = []rule{
	// Not failures at all.
	{Suppressed, "The sending service refused to try: the address is on its suppression list.", []string{
		"suppression list", "suppressed address", "address is suppressed", "recipient is suppressed",
		"has been suppressed", "on the suppression", "suppressionlist", "because it previously bounced",
		"previously hard bounced", "address previously bounced", "suppressed sending",
		"was suppressed", "bounced address", "marked as inactive", "inactive recipients", "manual suppression",
	}, false},

	{ContentFiltered, "A spam filter classified the message as spam.", []string{
		"spam classification", "unacceptable content", "high probability of spam", "classified as spam", "detected as spam", "identified as spam", "rejected as spam",
		"considered spam", "considered as spam", "looks like spam", "looked like spam", "spam message rejected",
		"message is spam", "spam detected", "high spam score", "spam score", "suspected spam", "likely spam",
		"marked as spam", "appears to be spam", "spam content", "blocked as spam", "message content rejected",
	}, false},

	// Named services and checks: these name the real cause even inside a
	// generic refusal.
	{AuthenticationFailed, "The receiving server checked the sender's domain (SPF, DKIM or DMARC) and the check failed.", []string{
		"sender policy framework", "dkim signature", "dkim check", "dkim fail", "dkim=fail", "dkim verification",
		"dkim validation", "dkim-signature is", "domainkeys", "^dmarc", "unauthenticated email",
		"unauthenticated mail", "fails to pass authentication checks", "does not have authentication information",
		"not pass authentication", "authentication checks", "5.7.26", "5.7.509", "5.7.515",
		"sender domain has an spf", "has a dmarc policy", "rejected by dmarc", "dmarc policy", "sender id (pra)", "sender id check",
		"spf check", "spf validation", "spf-fail", "spf fail", "spf softfail", "spf=fail", "failed spf",
		"spf verification", "spf record", "spf setting", "bad spf", "spf policy", "spf authentication", "not designated as permitted sender",
		"is not allowed to send mail from", "not permitted sender", "spf: ", "^spf$", "not permitted to send mail for",
		"not authorized to send mail for", "not allowed to send mail for",
	}, false},
	{SenderRejected, "The sender's own address (not the sending server) is on the receiver's block list.", []string{
		"address that has been blacklisted", "address has been blacklisted", "address is blacklisted",
		"address that has been blocklisted", "address has been blocklisted", "address is blocklisted",
		"blacklisted sender", "blacklisted address", "sender is blacklisted", "sender address is blocked",
		"sender is blocked", "sender blocked", "blocked sender",
		"recognized as a valid sender", "recognised as a valid sender",
	}, false},
	{Blocklisted, "The refusal names a blocklist or a reputation problem of the sending server.", []string{
		"spamhaus", "open proxy", "looks suspiciously like spammer", "cdrbl", "dynablock", "(bl)", "not accepting connections", "client host rejected", "name lookup failed", "unwanted messages", "refused to talk to me", "invalid ip", "spamcop", "barracudacentral", "barracuda reputation", "^sorbs", "uceprotect",
		"dnsbl", "^rbl", "rbl:", "realtime blackhole", "blackhole", "black hole", "blacklist", "blocklist", "block list",
		"black list", "denylist", "^s3140", "^s3150", "^s3114", "^tss04", "^tss05", "^tss09", "[ts01]", "[ts02]", "[ts03]",
		"^ts01", "^ts02", "^ts03", "^ts04", "ipcheck.proofpoint", "cloudmark", "senderscore", "sender score",
		"poor reputation", "bad reputation", "low reputation", "ip reputation", "reputation of", "domain reputation",
		"reputation is", "reputation for", "due to reputation", "sender reputation", "blocked using",
		"listed at", "are listed", "been listed", "mail-abuse",
		"banned sending ip", "access denied, banned", "5.7.606", "5.7.511", "5.7.708", "5.7.750",
		"ip address has been blocked", "ip has been blocked", "ip address is blocked", "ip is blocked",
		"ip address is on", "ip address of", "sending ip",
		"ip blocked", "blocked ip", "ip address blocked", "hostname is blocked",
		"reverse dns", "reverse-dns", "reverse lookup", "rdns", "^ptr", "no ptr", "dns ptr",
		"cannot find your hostname", "cannot find your reverse", "cannot resolve your", "can't resolve your",
		"cannot resolve your address", "unable to resolve your", "does not resolve", "not resolve to",
		"host name does not match", "hostname does not match",
		"dynamic ip", "dynamic address", "dynamically assigned", "dynamic ip address", "dial-up", "dialup",
		"residential", "generic hostname", "generic reverse", "consumer ip", "end-user", "end user ip",
		"poor sender", "sender is blocked", "sender ip blocked", "ip address rejected", "dsbl",
		"not accepting mail from this ip",
		"network is blocked", "mail server is blocked", "temporarily deferred due to user complaints",
	}, false},
	{ServerProblem, "The message went round in a loop between servers.", []string{
		"too many hops", "loop alert", "duplicated message-id", "mail loop", "loop detected", "loops back to myself", "routing loop", "hop count exceeded",
		"mail forwarding loop", "message looping",
	}, false},
	{ServerProblem, "A mail server on the way could not be reached, failed, or asked the sender to try again later.", []string{
		"greylist", "graylist", "greylisted", "couldn't create", "could not create", "cannot create", "mailer error", "command died", "write error", "not delivered within", "not responding", "aborted after", "could not find a gateway", "delivery temporarily suspended", "for a long time", "have been failing", "retry time not reached", "were last tried", "requests to connect", "socket error",
	}, false},
	{MailboxFull, "The recipient's mailbox holds too many messages to take more.", []string{
		"too many messages on the server", "too many messages in this mailbox", "mailbox has too many messages",
	}, false},
	{RateLimited, "The receiving server is limiting how much mail it takes from the sender in a given time.", []string{
		"frequency limited",
		"relay quota", "too many", "rate limit", "ratelimit", "rate-limit", "rate limited", "throttl", "sending limit",
		"sending quota", "send quota", "submission quota", "limit for sending", "exceeded the rate", "too fast", "slow down", "limit exceeded for",
		"unusual rate", "exceeded the maximum number",
		"connection limit", "connections limit", "message rate",
		"zu viele", "trop de", "demasiados", "troppi", "te veel",
		"送信数", "receiving mail at a rate",
	}, false},
	{RelayDenied, "The server would not pass the message on to another domain for this sender (relaying refused).", []string{
		"relay access denied", "allowed rcpthosts", "send to a non-local", "insecure mail relay", "configured to relay", "email address is not verified", "relaying denied", "relay denied", "unable to relay", "relay not permitted",
		"relaying not permitted", "relaying disallowed", "relay prohibited", "relaying prohibited",
		"not allowed to relay", "we do not relay", "does not relay", "relaying is prohibited", "relay rejected",
		"no relaying", "not permitted to relay", "cannot relay", "can't relay", "relay not allowed",
		"relaying not allowed", "relaying mail to", "not a gateway", "relay access", "relaying to",
		"relay through", "not authorized to relay", "relaying blocked", "relais", "relaying nicht",
		"relay is not", "relay from", "open relay not", "not authenticated to send",
	}, false},
	{MailboxFull, "The recipient's mailbox is full or over its storage quota.", []string{
		"mailbox full", "mailbox is full", "boite du destinataire pleine", "mail file size exceeds", "disk space", "boîte de réception est pleine", "postvak is vol", "mailbox is vol", "一杯", "mail box full", "mailbox has exceeded", "mailbox exceeded", "mailbox size limit",
		"over quota", "overquota", "over the quota", "quota exceeded", "exceeded quota", "exceeds quota", "quota exceed",
		"exceeded storage", "exceeds its storage", "storage allocation", "storage quota", "disk quota", "^quota",
		"inbox is full", "full mailbox", "mailbox is over", "is over its", "user is over", "exceeded the storage",
		"not enough space", "out of storage", "no space left", "mailbox is overfull", "account is full",
		"mailfolder is full", "user has exceeded", "recipient's mailbox is full", "mail quota",
		"postfach voll", "postfach ist voll", "speicherplatz", "kontingent", "boîte aux lettres pleine",
		"boite aux lettres pleine", "boîte pleine", "boite pleine", "quota dépassé", "buzón lleno", "buzón está lleno", "buzón del destinatario está lleno", "está llena", "está lleno", "è piena", "^is vol$", "ist voll", "est pleine", "está cheia", "jest pełna", "je plná", "plná schránka",
		"casella piena", "casella di posta piena", "spazio esaurito", "postvak vol", "postbus vol", "mailbox vol",
		"容量", "メールボックスがいっぱい", "caixa postal cheia", "caixa de correio cheia", "caixa postal lotada", "cota excedida", "skrzynka pełna",
		"przepełnion", "posta kutusu dolu", "переполнен", "нет места", "превышен лимит", "已满", "空间不足", "용량", "가득", "mailbox too large", "file too large", "exceeds the size of mailbox",
	}, false},
	{MessageTooLarge, "The message, or an attachment, is over a size limit.", []string{
		"message too large", "line limit exceeded", "message is too large", "message too big", "message is too big",
		"message size exceeds", "exceeds the maximum size", "exceeds maximum size", "exceeded maximum size",
		"maximum message size", "message size limit", "exceeds size", "message length exceeds",
		"zu groß", "zu gross", "trop volumineux",
		"taille maximale", "demasiado grande", "tamaño máximo", "troppo grande", "dimensione massima",
		"te groot", "大きすぎ",
	}, false},
	{MailboxNotFound, "The server gave the standard reply for an address it will not take, which in practice means it does not exist.", []string{
		"requested action not taken: mailbox unavailable", "mailbox unavailable or not local",
	}, false},
	{MailboxUnavailable, "The address exists but the mailbox is disabled, suspended, moved or not taking mail.", []string{
		"mailbox currently unavailable",
		"account disabled", "account has been disabled", "account is disabled", "mailbox disabled", "mailbox is disabled",
		"disabled mailbox", "mailbox has been disabled", "user disabled", "is disabled", "been disabled",
		"suspended", "has been replaced by", "compte du destinataire est bloqu", "boite du destinataire archiv", "is inactive", "deactivated", "account is locked", "account locked", "mailbox locked",
		"account expired", "expired account", "no longer active", "no longer in use", "no longer available",
		"has moved", "address moved", "user has moved", "not accepting mail",
		"not accepting messages", "account closed", "account has been closed", "closed account",
		"has been terminated", "temporarily disabled", "mailbox unavailable: user", "blocked mailbox",
		"account is blocked", "mailbox is blocked",
		"deaktiviert", "gesperrt", "uitgeschakeld", "gedeactiveerd", "désactivé", "suspendu", "desactivada", "suspendida",
		"disattivat", "sospes", "gedeactiveerd", "利用停止", "停止中",
		"inactive email", "inactive address", "inactive mailbox", "inactive account", "inactive user", "inactive recipient",
		"заблокирован", "отключен", "已停用", "已冻结", "휴면", "정지된",
	}, false},
	{HostUnknown, "The domain of the address does not exist or accepts no mail.", []string{
		"host unknown", "destination email system is unknown", "domain look up failed", "domain lookup failed", "look up failed", "domain is not reachable", "check the domain", "unknown host", "host not found", "domain not found", "no such domain", "domain does not exist",
		"domain doesn't exist", "unknown domain", "domain unknown", "name or service not known", "nxdomain",
		"unrouteable mail domain", "unroutable mail domain", "domain lookup failed", "host or domain name not found",
		"no mx", "null mx", "does not accept mail", "doesn't accept mail",
		"no valid mx", "bad destination system", "domain name not found", "invalid domain", "domain is invalid",
		"domain not exist", "host lookup failed", "mx records point to non-existent hosts", "mx records point to nonexistent hosts",
		"nonexistentdomain", "nonexistent domain", "non-existent domain", "dns.nonexistentdomain",
		"domäne existiert nicht", "unbekannte domain", "domaine inconnu", "domaine introuvable", "dominio no existe",
		"dominio desconocido", "dominio inesistente", "dominio sconosciuto", "domein bestaat niet", "onbekend domein",
	}, false},
	{MailboxNotFound, "The address does not exist on the receiving server.", []string{
		"recipient address rejected: access denied", "user unknown", "unknown user", "addressee unknown", "this user doesn't have a", "no such recipient here", "not listed in domino directory", "not listed in public name", "destinataire invalide", "indirizzo inesistente", "utente inesistente", "ongeldig adres", "onbekend adres", "wasn't found at", "was not found at", "no such user", "no such recipient", "no such mailbox", "no such address",
		"no such account", "no such person", "no such local user", "unknown recipient", "recipient unknown",
		"recipient not found", "recipient does not exist", "user not found", "user does not exist",
		"user doesn't exist", "user doesn't have", "address does not exist", "address doesn't exist",
		"account does not exist", "account that you tried to reach does not exist", "mailbox not found",
		"mailbox does not exist", "mailbox doesn't exist",
		"invalid mailbox", "invalid recipient", "not a valid mailbox", "not a valid recipient",
		"bad destination mailbox", "unrouteable address", "unroutable address",
		"not our customer", "not known here", "unknown local part",
		"unknown address", "undeliverable address", "address unknown", "user invalid",
		"invalid user", "does not have an account", "not a known user",
		"unknown account",
		"unknown alias", "name is not recognized", "recipient invalid", "address invalid",
		"mailbox name not allowed", "no valid recipients", "resolver.adr.recipnotfound", "recipnotfound",
		"has no mailbox",
		"illegal alias",
		"benutzer unbekannt", "empfänger unbekannt", "adresse unbekannt", "existiert nicht",
		"kein postfach", "utilisateur inconnu", "destinataire inconnu", "adresse inconnue", "n'existe pas",
		"adresse invalide", "usuario desconocido", "destinatario desconocido",
		"utente sconosciuto", "destinatario sconosciuto", "indirizzo non valido", "onbekende gebruiker",
		"gebruiker onbekend", "onbekende ontvanger", "存在しない", "宛先不明",
		"usuário desconhecido", "usuario inexistente", "usuário inexistente", "endereço inválido", "não existe",
		"nieznany użytkownik", "nie istnieje", "kullanıcı bulunamadı", "не существует", "не найден", "нет такого пользователя", "неизвестный пользователь", "несуществующ",
		"такого ящика нет", "不存在", "无此用户", "查无此人", "존재하지 않", "없는 사용자", "없는 메일",
		"存在しません", "該当ユーザ", "ユーザ不明", "ユーザー不明",
		"adresse wurde nicht gefunden", "impossible de trouver l'adresse", "no se encontró la dirección", "is niet gevonden",
		"impossibile trovare l'indirizzo",
	}, false},
	{ContentFiltered, "The receiving server's filter refused the content: spam, a virus, or a format it does not accept.", []string{
		"spam", "virus", "malware", "infected", "trojan", "phishing", "unsolicited", "bulk mail",
		"content rejected", "message content", "content filter", "content policy", "rejected due to content",
		"rejected for content", "prohibited file", "not rfc",
		"banned attachment", "prohibited attachment", "blocked attachment", "unsafe attachment", "attachment type",
		"rfc 5322", "rfc5322", "rfc 2822", "rfc2822", "rfc 822", "rfc822 compliant",
		"invalid header", "message rejected as", "potential security issue",
		"scam", "fraud", "pourriel", "indésirable", "no deseado", "indesiderat", "迷惑",
		"спам", "垃圾邮件", "스팸",
	}, false},
	{SenderRejected, "The sender's own address or domain was refused.", []string{
		"sender address rejected", "not subscribed to this group", "unroutable sender", "send mail as", "customfromdenied", "not a member of", "sender rejected", "sender denied", "sender unknown", "unknown sender",
		"sender verify failed", "sender verification", "domain of sender", "sender domain",
		"invalid sender", "bad sender", "bad outbound sender", "permissions to send as", "sendasdenied", "not allowed to send as", "sender was rejected", "sender has been denied",
		"sender blocked",
		"address of the sender", "senders address", "sender's address", "absender", "expéditeur", "remitente",
		"mittente", "afzender", "送信者", "reject sender", "rejected sender",
	}, false},
	{ServerProblem, "A server or the network between them had trouble; the sender's server usually retries.", []string{
		"timed out", "timeout", "time out", "connection refused", "connection reset", "connection lost",
		"lost connection", "connection closed", "network is unreachable", "no route to host", "host unreachable",
		"unreachable", "unable to connect", "could not connect", "couldn't connect", "cannot connect",
		"failed to connect",
		"resources temporarily", "out of memory", "system error", "internal error",
		"server error", "local error", "local configuration error", "configuration error", "no adequate servers",
		"insufficient system storage", "server busy",
		"message expired",
		"could not be delivered within",
		"mailer error", "mail delivery program", "procmail", "pipe to",
		"command died", "error in processing", "zeitüberschreitung", "vorübergehend",
		"temporairement", "temporalmente", "temporaneamente", "tijdelijk", "タイムアウト", "一時的",
	}, false}, {PolicyRejected, "A security or access rule of the receiving server refused the message.", []string{
		"all recipient addresses rejected", "certificate verification failed", "smtp auth is required", "policy reasons", "policy violation", "administrative prohibition", "tls required", "must use tls",
		"requires tls", "require tls", "encryption required", "must issue a starttls", "tls is required",
		"not authorized to send", "not authorised to send", "access denied", "anti-spoofing", "spoofing policy",
		"only accepts messages from", "allowed senders list",
		"blocked by policy", "envelope blocked",
	}, false},

	// Weak rules: generic words. A specific status code outranks these.
	{Blocklisted, "The refusal points at the sending server's address or reputation.", []string{
		"your server", "your mail server", "your host", "your network", "blocked by", "mail from your", "complaints", "user complaints", "your ip", "reputation", "listed in", "listed on", "is listed", "sender ip", "from ip", "client ip", "connecting ip", "host is blocked",
	}, true},
	{RateLimited, "The wording suggests the sender hit a volume limit.", []string{
		"frequency", "per hour", "per day", "temporarily deferred", "exceeded its", "maximum number of", "daily limit", "hourly limit", "unexpected volume", "volume of mail",
	}, true},
	{MessageTooLarge, "The wording points at a size limit.", []string{
		"larger than", "size limit", "too large", "too big", "exceeds the limit", "message exceeds", "size exceeds", "サイズ",
	}, true},
	{MailboxUnavailable, "The wording suggests the mailbox is not taking mail for now.", []string{
		"mailbox unavailable", "mailbox is unavailable", "mailbox not available", "hold", "please use", "please try", "please send to", "inactive", "not active", "frozen", "no longer valid", "user not local",
	}, true},
	{MailboxNotFound, "The wording suggests the address is not known there.", []string{
		"not found", "address is correct", "could not be found", "couldn't be found", "does not exist", "doesn't exist", "address rejected", "recipient rejected", "no account", "not recognized", "invalid address", "is not a valid", "unknown or illegal", "not listed in", "doesn't have a", "does not have a", "address lookup", "no mailbox", "unbekannt", "no existe", "non esiste", "bestaat niet", "introuvable", "見つかりません", "recipient address rejected", "nonexistent", "non-existent",
	}, true},
	{HostUnknown, "The wording points at the recipient's domain or its DNS.", []string{
		"name server", "dns error", "unroutable", "unrouteable", "no route for", "ドメイン", "mx record",
	}, true},
	{ContentFiltered, "The wording points at a filter that looked at the message.", []string{
		"attachment", "header", "^mime$", "improper", "looks like", "suspicious", "8bit", "malformed", "banned", "junk", "executable",
	}, true},
	{SenderRejected, "The wording points at the sender's address.", []string{
		"from address", "your address", "return path", "return-path", "envelope from", "sender not", "sender is not", "sender address", "envelope sender",
	}, true},
	{PolicyRejected, "A policy of the receiving server refused the message.", []string{
		"policy", "filtered", "filter", "not authorized", "not authorised", "unauthorized", "access denied", "administrative prohibition",
		"prohibited", "starttls", "^tls", "encryption", "authentication required", "must authenticate",
		"authentication is required", "not allowed", "not permitted", "denied", "refused", "rejected", "blocked",
		"permission", "forbidden", "restricted", "syntax error", "protocol violation", "not implemented", "command unrecognized", "protocol error",
		"bad sequence", "unrecognized command", "verboten", "abgelehnt", "refusé", "rechazado", "rifiutato",
		"geweigerd", "拒否", "verweigert", "수신 거부", "수신거부", "拒收", "拒绝",
	}, true},
	{ServerProblem, "The wording says the trouble is temporary or the sender's server gave up after retrying.", []string{
		"try again later", "transaction failed", "please try again", "retry", "delayed", "delay", "deferred", "busy", "unavailable", "service unavailable", "service not available", "temporary failure", "temporarily unavailable", "temporarily rejected", "temporary error", "temporary problem", "delivery time", "has been delayed", "not yet been delivered", "too long", "expired", "gave up", "giving up", "shutting down",
		"verzögert", "retardé", "retrasad", "ritardat", "vertraagd", "遅延",
	}, true},
}

// patternRules catch wordings that name something in the middle of the
// sentence (a domain, the recipient's address), which fixed phrases cannot.
// They run only on the server's reply lines, so they stay cheap.
var patternRules = []struct {
	name string
	re   *regexp.Regexp
	cat  Category
	why  string
	weak bool
	// ownAddress asks that the match names the recipient's own address.
	ownAddress bool
}{
	{"domain does not exist", regexp.MustCompile(`(?i)(?:^|[\s:])(?:domain\s+|host\s+)?[a-z0-9-]+(?:\.[a-z0-9-]+)+\.?\s+(?:does not exist|doesn't exist|not found)`),
		HostUnknown, "The server says the domain itself does not exist.", false, false},
	{"address rejected", regexp.MustCompile(`(?im)^[\s>]*(?:[a-z-]+;\s*)?(?:[45]\d\d[ -]+)?(?:#?[45]\.\d+\.\d+\s+)?<?[^\s<>@]+@[^\s<>]+>?\s*(?:\.\.\.\s*)?(?:rejected|refused)\b`),
		MailboxNotFound, "The server refused the recipient's address itself.", true, true},
}

// ruleSet is the compiled table.
var ruleSet = func() *phraseSet {
	lists := make([][]string, len(rules))
	for i, r := range rules {
		lists[i] = r.phrases
	}
	return newPhraseSet(lists)
}()

// codeRule maps an enhanced status code (without its class digit) to a
// category. Used when the words decide nothing. From RFC 3463, the IANA
// registry of enhanced status codes, and the codes large providers document.
type codeRule struct {
	code string // "1.1": subject.detail, or "1": subject only
	cat  Category
	why  string
}

var statusRules = []codeRule{
	{"1.1", MailboxNotFound, "The status code X.1.1 means the mailbox does not exist."},
	{"1.2", HostUnknown, "The status code X.1.2 means the destination domain is wrong or does not exist."},
	{"1.3", MailboxNotFound, "The status code X.1.3 means the address is not valid."},
	{"1.4", MailboxNotFound, "The status code X.1.4 means the address is ambiguous."},
	{"1.5", Delivered, "The status code X.1.5 means the address was valid."},
	{"1.6", MailboxUnavailable, "The status code X.1.6 means the mailbox has moved."},
	{"1.7", SenderRejected, "The status code X.1.7 means the sender's address is not valid."},
	{"1.8", SenderRejected, "The status code X.1.8 means the sender's domain is not valid."},
	{"1.9", ServerProblem, "The status code X.1.9 means the message was relayed to a system that does not speak SMTP."},
	{"1.10", MailboxNotFound, "The status code X.1.10 means the recipient was not found (Microsoft 365 uses it so; it can also mean the domain accepts no mail)."},
	{"1.351", MailboxNotFound, "Microsoft's code X.1.351 means the address was not found."},
	{"2.1", MailboxUnavailable, "The status code X.2.1 means the mailbox is disabled."},
	{"2.2", MailboxFull, "The status code X.2.2 means the mailbox is full."},
	{"2.3", MessageTooLarge, "The status code X.2.3 means the message is larger than the mailbox accepts."},
	{"2.4", ServerProblem, "The status code X.2.4 means a mailing list could not be expanded."},
	{"3.1", ServerProblem, "The status code X.3.1 means the receiving mail system is full."},
	{"3.2", ServerProblem, "The status code X.3.2 means the receiving system is not accepting messages."},
	{"3.3", PolicyRejected, "The status code X.3.3 means the receiving system cannot handle a feature of the message."},
	{"3.4", MessageTooLarge, "The status code X.3.4 means the message is too big for the system."},
	{"3", ServerProblem, "Status codes X.3.* mean trouble on the receiving mail system."},
	{"4.4", HostUnknown, "The status code X.4.4 means no route to the destination was found."},
	{"4.312", HostUnknown, "Microsoft's code X.4.312 means the destination's DNS lookup failed."},
	{"4.316", ServerProblem, "Microsoft's code X.4.316 means the connection to the destination failed."},
	{"4", ServerProblem, "Status codes X.4.* mean network or routing trouble."},
	{"5.3", RateLimited, "The status code X.5.3 means too many recipients."},
	{"5", PolicyRejected, "Status codes X.5.* mean the servers disagreed on the mail protocol."},
	{"6", ContentFiltered, "Status codes X.6.* mean the message's format or content was refused."},
	{"7.1", PolicyRejected, "The status code X.7.1 means the delivery was not authorised."},
	{"7.7", ContentFiltered, "The status code X.7.7 means the message failed an integrity check."},
	{"7.8", AuthenticationFailed, "The status code X.7.8 means authentication failed."},
	{"7.13", MailboxUnavailable, "The status code X.7.13 means the user's account is disabled."},
	{"7.17", MailboxUnavailable, "The status code X.7.17 means the mailbox owner has changed."},
	{"7.18", MailboxUnavailable, "The status code X.7.18 means the domain owner has changed."},
	{"7.20", AuthenticationFailed, "The status code X.7.20 means no valid DKIM signature was found."},
	{"7.21", AuthenticationFailed, "The status code X.7.21 means no acceptable DKIM signature was found."},
	{"7.22", AuthenticationFailed, "The status code X.7.22 means no valid author-matched DKIM signature was found."},
	{"7.23", AuthenticationFailed, "The status code X.7.23 means the SPF check failed."},
	{"7.24", AuthenticationFailed, "The status code X.7.24 means the SPF check gave an error."},
	{"7.25", Blocklisted, "The status code X.7.25 means the sending IP has no valid reverse DNS."},
	{"7.26", AuthenticationFailed, "The status code X.7.26 means several authentication checks failed."},
	{"7.27", SenderRejected, "The status code X.7.27 means the sender's domain accepts no mail (null MX)."},
	{"7.28", RateLimited, "The status code X.7.28 means the receiver saw a flood of similar mail."},
	{"7.29", AuthenticationFailed, "The status code X.7.29 means the ARC check failed."},
	{"7.509", AuthenticationFailed, "Microsoft's code X.7.509 means the sender's domain failed DMARC."},
	{"7.511", Blocklisted, "Microsoft's code X.7.511 means the sending IP is banned."},
	{"7.606", Blocklisted, "Microsoft's code X.7.606 means the sending IP is banned."},
	{"7.650", Blocklisted, "Microsoft's code X.7.650 means the sending IP's reputation limits its mail."},
	{"7.708", Blocklisted, "Microsoft's code X.7.708 means traffic from the sending IP is refused."},
	{"7", PolicyRejected, "Status codes X.7.* mean a security or policy rule refused the message."},
}

// statusCategory looks a status code up in statusRules. Generic codes
// (X.0.0, X.5.0 and the class alone) say nothing and give ok false.
func statusCategory(status string) (codeRule, bool) {
	_, rest, ok := strings.Cut(status, ".")
	if !ok || rest == "0.0" || rest == "5.0" {
		return codeRule{}, false
	}
	subject, _, _ := strings.Cut(rest, ".")
	for _, r := range statusRules {
		if r.code == rest {
			return r, true
		}
	}
	for _, r := range statusRules {
		if r.code == subject {
			return r, true
		}
	}
	return codeRule{}, false
}

// replyRules map a basic SMTP reply code to a category, for bounces that
// carry nothing else.
var replyRules = map[string]codeRule{
	"421": {"421", ServerProblem, "The reply code 421 means the receiving server was not available."},
	"450": {"450", MailboxUnavailable, "The reply code 450 means the mailbox was not available for now."},
	"451": {"451", ServerProblem, "The reply code 451 means the receiving server had a local error."},
	"452": {"452", ServerProblem, "The reply code 452 means the receiving server lacked storage."},
	"521": {"521", HostUnknown, "The reply code 521 means the domain accepts no mail."},
	"551": {"551", MailboxUnavailable, "The reply code 551 means the user is not local to that server."},
	"552": {"552", MailboxFull, "The reply code 552 means a storage limit was exceeded."},
	"553": {"553", MailboxNotFound, "The reply code 553 means the mailbox name is not allowed."},
	"556": {"556", HostUnknown, "The reply code 556 means the domain accepts no mail."},
}
