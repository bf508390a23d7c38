// SPDX-License-Identifier: GPL-3.0-or-later
// The browser console: asks for a single-use ticket (unless the address brings one), then opens
// noVNC on the VM's VNC WebSocket. The token, when one is needed, stays in this tab's session
// storage so a reconnect can ask for a new ticket.
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
