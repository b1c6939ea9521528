/*
 * Elder mode's read-aloud button (src/components/site/ReadAloud.tsx renders its markup): plain
 * JavaScript that old phone browsers run as it is, no framework. It reads the target element's
 * headings, paragraphs and list items one utterance each (some browsers stop long single utterances
 * part-way), and where the browser cannot speak it shows the note with the team's phone instead.
 */
;(function () {
  var READABLE = 'h1, h2, h3, p, li, dt, dd, figcaption'
  /* Chromium and Safari fire `start` within a few hundred ms when a voice speaks; past this, nothing will. */
  var START_TIMEOUT_MS = 2500

  function hasSpeech() {
    return 'speechSynthesis' in window && typeof window.SpeechSynthesisUtterance !== 'undefined'
  }

  /* A voice for the page's language; voices load late in some browsers, so the list is asked for early. */
  function voiceFor(lang) {
    var prefix = lang.slice(0, 2).toLowerCase()
    var voices = window.speechSynthesis.getVoices()
    for (var i = 0; i < voices.length; i++) {
      if (voices[i].lang.toLowerCase().replace('_', '-').indexOf(prefix) === 0) return voices[i]
    }
    return undefined
  }

  function readableChunks(targetId) {
    var target = document.getElementById(targetId)
    if (!target) return []
    var chunks = []
    var elements = target.querySelectorAll(READABLE)
    for (var i = 0; i < elements.length; i++) {
      var el = elements[i]
      if (el.closest('[data-read-aloud]') || (el.parentElement && el.parentElement.closest('li, p'))) continue
      var text = el.innerText.trim()
      if (text) chunks.push(text)
    }
    return chunks
  }

  function setUp(root) {
    if (root.getAttribute('data-ready')) return
    root.setAttribute('data-ready', '1')
    var targetId = root.getAttribute('data-read-aloud')
    var lang = root.getAttribute('data-lang')
    var main = root.querySelector('[data-read-aloud-main]')
    var stop = root.querySelector('[data-read-aloud-stop]')
    var note = root.querySelector('.read-aloud-note')
    var state = 'idle'

    function show(next) {
      state = next
      var label = next === 'speaking' ? 'pause' : next === 'paused' ? 'resume' : 'play'
      var labels = main.querySelectorAll('[data-label]')
      for (var i = 0; i < labels.length; i++) labels[i].hidden = labels[i].getAttribute('data-label') !== label
      stop.hidden = !(next === 'speaking' || next === 'paused')
      note.hidden = next !== 'unavailable'
      if (next === 'unavailable') main.setAttribute('aria-describedby', note.id)
      else main.removeAttribute('aria-describedby')
    }

    function play() {
      if (!hasSpeech()) return show('unavailable')
      var synth = window.speechSynthesis
      if (state === 'paused') {
        synth.resume()
        return show('speaking')
      }
      var voice = voiceFor(lang)
      if (!voice) return show('unavailable')
      var chunks = readableChunks(targetId)
      if (!chunks.length) return
      synth.cancel()
      var started = false
      chunks.forEach(function (chunk, i) {
        var u = new window.SpeechSynthesisUtterance(chunk)
        u.lang = lang
        u.voice = voice
        u.rate = 0.9
        u.onstart = function () {
          started = true
        }
        if (i === chunks.length - 1) {
          u.onend = function () {
            show('idle')
          }
        }
        u.onerror = function (event) {
          // `interrupted` and `canceled` are our own pause and stop.
          if (event.error === 'interrupted' || event.error === 'canceled') return
          synth.cancel()
          show('unavailable')
        }
        synth.speak(u)
      })
      show('speaking')
      window.setTimeout(function () {
        if (!started && !synth.speaking) {
          synth.cancel()
          show('unavailable')
        }
      }, START_TIMEOUT_MS)
    }

    main.addEventListener('click', function () {
      if (state === 'speaking') {
        window.speechSynthesis.pause()
        show('paused')
      } else play()
    })
    stop.addEventListener('click', function () {
      window.speechSynthesis.cancel()
      show('idle')
    })
    if (hasSpeech()) window.speechSynthesis.getVoices()
    main.disabled = false
  }

  function setUpAll() {
    var roots = document.querySelectorAll('[data-read-aloud]')
    for (var i = 0; i < roots.length; i++) setUp(roots[i])
  }

  // Leaving the page stops the voice (it would otherwise go on reading in some browsers).
  window.addEventListener('pagehide', function () {
    if (hasSpeech()) window.speechSynthesis.cancel()
  })
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', setUpAll)
  else setUpAll()
})()
