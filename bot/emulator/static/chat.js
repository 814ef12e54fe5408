// Chat page for the local Telegram: talks only to /_emu/ endpoints on the same server.
"use strict";

const $ = (id) => document.getElementById(id);
const me = { id: 1001, first_name: "Ann", language_code: "en" };
let chatId = me.id;
let version = -1;
let botName = "bot";
let poller = null;
let inlineTimer = null;
let lastInlineQuery = null;
let replyTo = null;  // the message the next one answers: { message_id, sender, text }

async function post(path, body) {
  const resp = await fetch(`/_emu/${path}`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  if (!resp.ok) throw new Error(await resp.text());
  return resp.json();
}

function el(tag, cls, text) {
  const node = document.createElement(tag);
  if (cls) node.className = cls;
  if (text !== undefined) node.textContent = text;
  return node;
}

function toast(text) {
  const box = $("toast");
  box.textContent = text;
  box.hidden = false;
  clearTimeout(toast.timer);
  toast.timer = setTimeout(() => { box.hidden = true; }, 2500);
}

function safeUrl(url) {
  return /^(https?|tg):\/\//i.test(url) ? url : null;
}

// A t.me link to this bot, as Telegram reads it: { start } (null without a valid start
// parameter), or null for any other link.
function botLink(url) {
  let link;
  try { link = new URL(url); } catch { return null; }
  if (!/^https?:$/.test(link.protocol) || !/^(www\.)?(t|telegram)\.me$/i.test(link.hostname)) {
    return null;
  }
  const name = link.pathname.replace(/^\/+|\/+$/g, "");
  if (name.toLowerCase() !== botName.toLowerCase()) return null;
  const start = link.searchParams.get("start");
  return { start: start !== null && /^[A-Za-z0-9_-]{1,64}$/.test(start) ? start : null };
}

// Open the private chat with the bot; a start parameter (even "") sends /start with it there.
function openBotChat(start) {
  hideInline();
  $("text").value = "";
  switchChat(me.id);
  return start === null ? null : sendText(`/start ${start}`.trim());
}

// A link from a button or a callback answer: this bot's t.me links open its private chat here,
// any other (http, https or tg) opens in a new tab.
function openLink(url) {
  const target = botLink(url);
  if (target !== null) return openBotChat(target.start);
  const href = safeUrl(url);
  if (href) window.open(href, "_blank", "noopener,noreferrer");
  return null;
}

function renderButton(button, message) {
  if (button.url !== undefined) {
    const link = el("a", "", button.text);
    const href = safeUrl(button.url);
    if (href) link.href = href;
    link.target = "_blank";
    link.rel = "noopener noreferrer";
    link.addEventListener("click", (event) => {
      const target = botLink(button.url);
      if (target === null) return;  // the browser follows the link as before
      event.preventDefault();
      openBotChat(target.start);
    });
    return link;
  }
  const node = el("button", "", button.text);
  node.type = "button";
  if (button.callback_data !== undefined) {
    node.dataset.callbackData = button.callback_data;
    node.addEventListener("click", () => press(message.message_id, button.callback_data));
  } else if (button.switch_inline_query_current_chat !== undefined) {
    node.addEventListener("click", () => {
      $("text").value = `@${botName} ${button.switch_inline_query_current_chat}`;
      scheduleInline();
    });
  }
  return node;
}

function renderMessage(m) {
  const kind = m.kind === "service" ? "service" : m.from_bot ? "bot" : "user";
  const box = el("div", `msg ${kind}`);
  box.dataset.messageId = m.message_id;
  if (kind !== "service") box.appendChild(el("div", "sender", m.sender));
  if (m.photo) {
    const img = el("img", "photo");
    img.src = m.photo;  // served by the local Telegram: a photo the bot uploaded
    img.alt = "photo";
    box.appendChild(img);
  }
  if (m.reply_to) {
    const quote = el("div", "quote");
    quote.appendChild(el("span", "who", m.reply_to.sender));
    quote.appendChild(el("span", "what", ` ${m.reply_to.text}`));
    box.appendChild(quote);
  }
  const body = el("div", "body");
  // m.html is built by the server from text + entities: text escaped, known tags only.
  body.innerHTML = m.html;
  body.querySelectorAll(".tg-spoiler").forEach((s) =>
    s.addEventListener("click", () => s.classList.toggle("shown")));
  box.appendChild(body);
  const meta = [];
  if (m.via_bot) meta.push(`via @${m.via_bot}`);
  if (m.edited) meta.push("edited");
  const footer = el("div", "meta", meta.join(" · "));
  if (kind !== "service") {
    const reply = el("button", "reply", "↩ Reply");
    reply.type = "button";
    reply.addEventListener("click", () => startReply(m));
    footer.appendChild(reply);
  }
  box.appendChild(footer);
  if (m.buttons.length) {
    const keyboard = el("div", "keyboard");
    for (const row of m.buttons) {
      const line = el("div", "row");
      for (const button of row) line.appendChild(renderButton(button, m));
      keyboard.appendChild(line);
    }
    box.appendChild(keyboard);
  }
  return box;
}

function renderReplyKeyboard(markup) {
  const box = $("reply-keyboard");
  box.replaceChildren();
  if (!markup || !markup.keyboard) return;
  for (const row of markup.keyboard) {
    for (const button of row) {
      const text = typeof button === "string" ? button : button.text;
      const node = el("button", "", text);
      node.type = "button";
      node.addEventListener("click", () => sendText(text));
      box.appendChild(node);
    }
  }
}

function renderChats(chats) {
  const list = $("chats");
  list.replaceChildren();
  const entries = [{ id: me.id, title: `@${botName} (private)`, type: "private" }, ...chats];
  for (const chat of entries) {
    const item = el("li", chat.id === chatId ? "active" : "", `${chat.title} · ${chat.type}`);
    item.dataset.chatId = chat.id;
    item.addEventListener("click", () => switchChat(chat.id));
    list.appendChild(item);
    if (chat.id === chatId) $("chat-title").textContent = chat.title;
  }
}

function render(state) {
  botName = state.bot.username;
  renderChats(state.chats);
  renderReplyKeyboard(state.reply_keyboard);
  const box = $("messages");
  // Re-render only on change, so elements a person (or a test) holds stay in place.
  const key = JSON.stringify([chatId, state.messages]);
  if (key === render.lastKey) return;
  render.lastKey = key;
  const atBottom = box.scrollHeight - box.scrollTop - box.clientHeight < 40;
  box.replaceChildren(...state.messages.map(renderMessage));
  if (atBottom) box.scrollTop = box.scrollHeight;
}
render.lastKey = "";

async function poll() {
  const mine = {};
  poller = mine;
  while (poller === mine) {
    try {
      const ctrl = new AbortController();
      mine.abort = () => ctrl.abort();
      const resp = await fetch(`/_emu/state?chat_id=${chatId}&since=${version}`,
        { signal: ctrl.signal });
      const state = await resp.json();
      if (poller !== mine) return;
      version = state.version;
      render(state);
    } catch (err) {
      if (poller !== mine) return;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}

function refresh() {
  if (poller && poller.abort) poller.abort();
  version = -1;
  poll();
}

function switchChat(id) {
  chatId = id;
  hideInline();
  cancelReply();
  closeSide();
  refresh();
}

function startReply(m) {
  replyTo = { message_id: m.message_id, sender: m.sender, text: m.text || "" };
  const bar = $("replying");
  bar.querySelector(".who").textContent = m.sender;
  bar.querySelector(".what").textContent = (m.text || "").slice(0, 80);
  bar.hidden = false;
  $("text").focus();
}

function cancelReply() {
  replyTo = null;
  $("replying").hidden = true;
}

async function sendText(text) {
  const body = { user_id: me.id, chat_id: chatId, text };
  if (replyTo) body.reply_to_message_id = replyTo.message_id;
  cancelReply();
  await post("send", body);
}

function closeSide() {
  document.body.classList.remove("side-open");
  $("side-toggle").setAttribute("aria-expanded", "false");
}

function toggleSide() {
  const open = document.body.classList.toggle("side-open");
  $("side-toggle").setAttribute("aria-expanded", String(open));
}

async function press(messageId, data) {
  const answer = await post("press", { user_id: me.id, chat_id: chatId,
    message_id: messageId, data });
  if (answer.answer && answer.answer.text) toast(answer.answer.text);
  if (answer.answer && answer.answer.url) await openLink(answer.answer.url);
}

function hideInline() {
  $("inline-results").hidden = true;
  $("inline-results").replaceChildren();
}

function inlineQueryText() {
  const value = $("text").value;
  const prefix = `@${botName}`;
  if (value !== prefix && !value.startsWith(prefix + " ")) return null;
  return value.slice(prefix.length + 1);
}

function scheduleInline() {
  clearTimeout(inlineTimer);
  const query = inlineQueryText();
  if (query === null) { hideInline(); return; }
  inlineTimer = setTimeout(() => runInline(query), 350);
}

async function runInline(query) {
  lastInlineQuery = query;
  const chatType = chatId === me.id ? "sender" : "supergroup";
  const reply = await post("inline", { user_id: me.id, query, chat_type: chatType });
  if (lastInlineQuery !== query) return;
  const box = $("inline-results");
  box.replaceChildren();
  box.hidden = false;
  const answer = reply.answer;
  if (!answer) { box.appendChild(el("div", "desc", "The bot did not answer.")); return; }
  if (answer.button) {
    const button = el("div", "results-button", answer.button.text);
    button.addEventListener("click", () => openBotChat(answer.button.start_parameter || ""));
    box.appendChild(button);
  }
  for (const result of answer.results) {
    const item = el("div", "result");
    item.dataset.resultId = result.id;
    item.appendChild(el("div", "title", result.title || result.id));
    if (result.description) item.appendChild(el("div", "desc", result.description));
    item.addEventListener("click", async () => {
      hideInline();
      $("text").value = "";
      await post("choose", { user_id: me.id, result_id: result.id, query, chat_id: chatId });
    });
    box.appendChild(item);
  }
  if (!answer.results.length) box.appendChild(el("div", "desc", "No results."));
}

async function saveUser() {
  me.id = Number($("user-id").value) || 1001;
  me.first_name = $("user-name").value || "Ann";
  const lang = $("user-lang").value;
  me.language_code = lang === "other" ? $("user-lang-other").value.trim() : lang;
  await post("user", { user_id: me.id, first_name: me.first_name,
    language_code: me.language_code });
  switchChat(me.id);
}

async function addChat(kind) {
  const title = $("new-chat-title").value || (kind === "channel" ? "My channel" : "My group");
  const reply = await post("add_to_chat", { kind, title, user_id: me.id,
    as_admin: $("new-chat-admin").checked });
  $("new-chat-title").value = "";  // the next chat gets a title of its own
  switchChat(reply.chat_id);
}

$("composer").addEventListener("submit", async (event) => {
  event.preventDefault();
  const text = $("text").value;
  if (!text.trim()) return;
  if (inlineQueryText() !== null) { runInline(inlineQueryText()); return; }
  $("text").value = "";
  hideInline();
  await sendText(text);
});
$("text").addEventListener("input", scheduleInline);
$("user-lang").addEventListener("change", () => {
  $("user-lang-other").hidden = $("user-lang").value !== "other";
});
$("user-save").addEventListener("click", saveUser);
$("add-group").addEventListener("click", () => addChat("group"));
$("add-channel").addEventListener("click", () => addChat("channel"));
$("side-toggle").addEventListener("click", toggleSide);
$("reply-cancel").addEventListener("click", cancelReply);

saveUser();
