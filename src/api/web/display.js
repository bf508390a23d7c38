// SPDX-License-Identifier: GPL-3.0-or-later
// The browser console: asks for a single-use ticket (unless the address brings one), then opens
// noVNC on the VM's VNC WebSocket; the second tab is the serial console over its own WebSocket
// (a ticket of its own). The token, when one is needed, stays in this tab's session storage so a
// reconnect can ask for a new ticket.
import RFB from "/display/novnc.js";

const vmId = (location.pathname.match(/^\/vms\/([0-9a-fA-F-]{36})\/display$/) || [])[1];
const $ = (id) => document.getElementById(id);
const tokenKey = "vman-api-token";
let rfb = null;

function setState(state, text) {
    document.body.dataset.state = state;
    $("status").textContent = text;
    $("cad").disabled = state !== "connected";
    $("reconnect").hidden = !(state === "disconnected" || state === "failed");
}

async function requestTicket() {
    const headers = {};
    const token = sessionStorage.getItem(tokenKey);
    if (token)
        headers.Authorization = "Bearer " + token;
    const reply = await fetch(`/vms/${vmId}/console-ticket`, { method: "POST", headers });
    if (reply.status === 401) {
        sessionStorage.removeItem(tokenKey);
        return null;
    }
    const body = await reply.json().catch(() => ({}));
    if (!reply.ok)
        throw new Error(typeof body.detail === "string" ? body.detail : `the server answered ${reply.status}`);
    return body.ticket;
}

async function describeVm() {
    const token = sessionStorage.getItem(tokenKey);
    const reply = await fetch(`/vms/${vmId}`, { headers: token ? { Authorization: "Bearer " + token } : {} }).catch(() => null);
    if (reply && reply.ok) {
        const vm = await reply.json();
        $("title").textContent = vm.name;
        document.title = `${vm.name} — VMAN console`;
    }
}

function connect(ticket) {
    const scheme = location.protocol === "https:" ? "wss:" : "ws:";
    const url = `${scheme}//${location.host}/vms/${vmId}/vnc?ticket=${encodeURIComponent(ticket)}`;
    setState("connecting", "Connecting…");
    rfb = new RFB($("screen"), url, { shared: true });
    rfb.scaleViewport = $("scale").checked;
    rfb.focusOnClick = true;
    rfb.background = "#000";
    rfb.addEventListener("connect", () => {
        setState("connected", "Connected: click the screen and type");
        rfb.focus();
    });
    rfb.addEventListener("disconnect", (event) => {
        rfb = null;
        setState("disconnected", event.detail.clean ? "The console closed (the VM stopped, or another ticket took over)"
                                                    : "The connection was refused or lost: the ticket may have expired or been used");
    });
    rfb.addEventListener("securityfailure", (event) => setState("failed", "Refused: " + (event.detail.reason || "security failure")));
    rfb.addEventListener("desktopname", (event) => {
        if (!$("title").textContent.startsWith("VMAN"))
            return;
        $("title").textContent = event.detail.name;
    });
}

async function start() {
    if (!vmId) {
        setState("failed", "This address does not name a VM");
        return;
    }
    const params = new URLSearchParams(location.search);
    const given = params.get("ticket");
    if (given) {
        // A ticket works once: keep it out of the address bar, so a reload asks for a new one.
        history.replaceState(null, "", location.pathname);
        connect(given);
        describeVm();
        return;
    }
    try {
        const ticket = await requestTicket();
        if (!ticket) {
            $("login").hidden = false;
            $("token").focus();
            setState("login", "Enter the API token to connect");
            return;
        }
        $("login").hidden = true;
        connect(ticket);
        describeVm();
    } catch (error) {
        setState("failed", "Cannot connect: " + error.message);
    }
}

$("login").addEventListener("submit", (event) => {
    event.preventDefault();
    sessionStorage.setItem(tokenKey, $("token").value.trim());
    $("token").value = "";
    start();
});
$("scale").addEventListener("change", () => {
    if (rfb)
        rfb.scaleViewport = $("scale").checked;
});
$("cad").addEventListener("click", () => {
    if (rfb) {
        rfb.sendCtrlAltDel();
        rfb.focus();
    }
});
$("fullscreen").addEventListener("click", () => {
    if (document.fullscreenElement)
        document.exitFullscreen();
    else
        document.documentElement.requestFullscreen().catch(() => {});
});
$("reconnect").addEventListener("click", () => start());

// --- the serial console: a plain terminal (escape sequences left out), typing goes to the guest ---
const serial = { socket: null, decoder: new TextDecoder(), pending: "", lines: 0 };
const maxSerialChars = 400000; // the oldest output goes beyond this

function serialShow(text) {
    const out = $("serial");
    const following = out.scrollTop + out.clientHeight >= out.scrollHeight - 4;
    // An escape sequence cut by a message waits for its end; complete ones are dropped.
    text = serial.pending + text;
    serial.pending = "";
    const cut = text.lastIndexOf("\x1b");
    if (cut >= 0 && !/^\x1b(\[[0-?]*[ -\/]*[@-~]|\][^\x07\x1b]*(\x07|\x1b\\)|[()][0-9A-Za-z]|[^\[\]()])/.test(text.slice(cut)) && text.length - cut < 256) {
        serial.pending = text.slice(cut);
        text = text.slice(0, cut);
    }
    text = text.replace(/\x1b(\[[0-?]*[ -\/]*[@-~]|\][^\x07\x1b]*(\x07|\x1b\\)|[()][0-9A-Za-z]|[^\[\]()])/g, "");
    let shown = out.textContent;
    for (const c of text) {
        if (c === "\r") {
            continue; // CR LF is a newline; a lone CR before more text is rare on a serial console
        } else if (c === "\b" || c === "\x7f") {
            if (shown.length && !shown.endsWith("\n"))
                shown = shown.slice(0, -1);
        } else if (c === "\n" || c === "\t" || c >= " ") {
            shown += c;
        }
    }
    if (shown.length > maxSerialChars)
        shown = shown.slice(shown.indexOf("\n", shown.length - maxSerialChars) + 1);
    out.textContent = shown;
    if (following)
        out.scrollTop = out.scrollHeight;
}

function serialSend(text) {
    if (serial.socket && serial.socket.readyState === WebSocket.OPEN)
        serial.socket.send(new TextEncoder().encode(text));
}

async function openSerial() {
    if (serial.socket)
        return;
    let ticket;
    try {
        ticket = await requestTicket();
    } catch (error) {
        setState("failed", "Serial console: " + error.message);
        return;
    }
    if (!ticket) {
        $("login").hidden = false;
        $("token").focus();
        setState("login", "The serial console needs a ticket of its own: enter the API token");
        return;
    }
    const scheme = location.protocol === "https:" ? "wss:" : "ws:";
    const socket = new WebSocket(`${scheme}//${location.host}/vms/${vmId}/serial?ticket=${encodeURIComponent(ticket)}`);
    socket.binaryType = "arraybuffer";
    serial.socket = socket;
    socket.addEventListener("open", () => {
        document.body.dataset.serial = "connected";
        serialShow("");
        $("serial").focus();
    });
    socket.addEventListener("message", (event) =>
        serialShow(typeof event.data === "string" ? event.data : serial.decoder.decode(event.data, { stream: true })));
    socket.addEventListener("close", (event) => {
        serial.socket = null;
        document.body.dataset.serial = "closed";
        serialShow(`\n[serial console closed${event.reason ? ": " + event.reason : ""}; switch tabs to reconnect]\n`);
    });
}

const keySequences = { Enter: "\r", Backspace: "\x7f", Tab: "\t", Escape: "\x1b", ArrowUp: "\x1b[A", ArrowDown: "\x1b[B",
                       ArrowRight: "\x1b[C", ArrowLeft: "\x1b[D", Home: "\x1b[H", End: "\x1b[F", Delete: "\x1b[3~",
                       PageUp: "\x1b[5~", PageDown: "\x1b[6~" };
$("serial").addEventListener("keydown", (event) => {
    let text = null;
    if (event.ctrlKey && !event.altKey && event.key.length === 1 && /[a-z@\[\\\]^_]/i.test(event.key)) {
        if (event.shiftKey && (event.key === "C" || event.key === "V"))
            return; // Ctrl+Shift+C/V: the browser's copy and paste
        text = String.fromCharCode(event.key.toUpperCase().charCodeAt(0) & 0x1f);
    } else if (keySequences[event.key]) {
        text = keySequences[event.key];
    } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey) {
        text = event.key;
    }
    if (text !== null) {
        event.preventDefault();
        serialSend(text);
    }
});
$("serial").addEventListener("paste", (event) => {
    event.preventDefault();
    serialSend(event.clipboardData.getData("text").replace(/\r?\n/g, "\r"));
});

function showTab(name) {
    const isSerial = name === "serial";
    $("tab-screen").setAttribute("aria-selected", String(!isSerial));
    $("tab-serial").setAttribute("aria-selected", String(isSerial));
    $("screen").hidden = isSerial;
    $("serial").hidden = !isSerial;
    $("scale").parentElement.hidden = isSerial;
    $("cad").hidden = isSerial;
    if (isSerial) {
        openSerial();
        $("serial").focus();
    } else if (rfb) {
        rfb.focus();
    }
}
$("tab-screen").addEventListener("click", () => showTab("screen"));
$("tab-serial").addEventListener("click", () => showTab("serial"));
window.vmanSerialSend = serialSend; // for the automated browser check

// What the automated browser check reads: the size of the screen drawn and how much of it is lit.
window.vmanCanvasStats = () => {
    const canvas = $("screen").querySelector("canvas");
    if (!canvas || canvas.width === 0 || canvas.height === 0)
        return { width: 0, height: 0, lit: 0 };
    const pixels = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
    let lit = 0;
    for (let i = 0; i < pixels.length; i += 4) {
        if (pixels[i] + pixels[i + 1] + pixels[i + 2] > 60)
            ++lit;
    }
    return { width: canvas.width, height: canvas.height, lit };
};

start();
