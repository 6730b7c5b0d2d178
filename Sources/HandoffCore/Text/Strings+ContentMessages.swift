extension Strings {
    /// Los mensajes de los insights y el contenido en español, por su plantilla en inglés, como en
    /// `Strings+Messages.swift`; aparte, para que cada parte del tablero tenga su propia tabla.
    static let spanishContentMessages: [String: String] = [
        // HandoffCore/Ability.swift
        "add insights to leads": "añadir insights a los leads",
        "make and move content": "crear y mover contenidos",
        "approve content in sales review": "aprobar contenidos en revisión de ventas",
        "record content sent to leads": "registrar contenidos enviados a leads",
        "change the board's content rules": "cambiar las reglas de contenido del tablero",
        // HandoffCore/LeadEvent+Summary.swift
        "added an insight": "añadió un insight",
        "sent it a piece of content": "le envió un contenido",
        // HandoffCore/Insight.swift
        "an insight needs a short text: what the lead said or asked; nothing was saved":
            "un insight necesita un texto breve: lo que el lead dijo o preguntó; no se guardó nada",
        "an insight's text has at most {1} characters (this one has {2}); put the rest in --quote":
            "el texto de un insight tiene como mucho {1} caracteres (este tiene {2}); pon el resto en --quote",
        "a quote has at most {1} characters (this one has {2})": "una cita tiene como mucho {1} caracteres (esta tiene {2})",
        // HandoffCore/ContentPiece.swift
        "piece {1} ({2})": "pieza {1} ({2})",
        // HandoffCore/ContentFigures.swift
        "Insights captured": "Insights recogidos",
        "CONTENT MADE WITH SALES": "CONTENIDOS CON VENTAS",
        "Win rates with and without content are a comparison, not proof: the reps chose whom to send a piece to.":
            "Las tasas de cierre con y sin contenidos son una comparación, no una prueba: los comerciales eligieron a quién enviar cada pieza.",
        "Insights captured = insights heard from leads in the period (undone ones do not count).":
            "Insights recogidos = insights oídos a los leads en el periodo (los deshechos no cuentan).",
        "Insights answered": "Insights respondidos",
        "Insights answered = insights whose first linked piece was published in the period.":
            "Insights respondidos = insights cuya primera pieza vinculada se publicó en el periodo.",
        "Pieces published": "Piezas publicadas",
        "Pieces published = pieces of content published for the first time in the period.":
            "Piezas publicadas = piezas de contenido publicadas por primera vez en el periodo.",
        "Pieces sent": "Piezas enviadas",
        "Pieces sent = pieces sent to leads in the period (undone sends do not count).":
            "Piezas enviadas = piezas enviadas a leads en el periodo (los envíos deshechos no cuentan).",
        "Leads reached": "Leads alcanzados",
        "Leads reached = distinct leads sent a piece in the period.":
            "Leads alcanzados = leads distintos a los que se envió una pieza en el periodo.",
        "Win rate with content": "Tasa de cierre con contenido",
        "Win rate with content = won / (won + lost) over the deals closed in the period whose lead had been sent a piece.":
            "Tasa de cierre con contenido = ganados / (ganados + perdidos) entre las operaciones cerradas en el periodo cuyo lead había recibido una pieza.",
        "Win rate without content": "Tasa de cierre sin contenido",
        "Win rate without content = won / (won + lost) over the deals closed in the period whose lead was never sent a piece.":
            "Tasa de cierre sin contenido = ganados / (ganados + perdidos) entre las operaciones cerradas en el periodo cuyo lead nunca recibió una pieza.",
        "Insight to published": "De insight a publicación",
        "Insight to published = median whole days from a piece's first linked insight to its publication, over the pieces published in the period.":
            "De insight a publicación = mediana de días completos desde el primer insight vinculado a una pieza hasta su publicación, entre las piezas publicadas en el periodo.",
        "Waiting for sales review": "Esperando revisión de ventas",
        "Waiting for sales review = pieces in sales review now.": "Esperando revisión de ventas = piezas en revisión de ventas ahora.",
        "Insights not answered": "Insights sin responder",
        "Insights not answered = insights no published piece answers yet, now.":
            "Insights sin responder = insights que ninguna pieza publicada responde todavía, ahora.",
        // HandoffStore/Store+Content.swift
        "{1} already reads so; nothing was changed": "{1} ya dice eso; no se cambió nada",
        "{1} is already in {2}; nothing was changed": "{1} ya está en {2}; no se cambió nada",
        "{1} has not been approved by sales: a piece is published only after a sales member approves it in sales review (handoff content approve {2}). Nothing was changed.":
            "{1} no está aprobada por ventas: una pieza se publica solo después de que alguien de ventas la apruebe en revisión de ventas (handoff content approve {2}). No se cambió nada.",
        "{1} is in {2}; sales approves a piece in sales_review. Nothing was changed":
            "{1} está en {2}; ventas aprueba una pieza en sales_review. No se cambió nada",
        "{1} is already approved by {2}; nothing was changed": "{1} ya está aprobada por {2}; no se cambió nada",
        "{1} is already a co-author of {2}; nothing was changed": "{1} ya es coautor de {2}; no se cambió nada",
        "{1} owns {2}; a co-author is someone else. Nothing was changed":
            "{1} es responsable de {2}; un coautor es otra persona. No se cambió nada",
        "{1} is not a co-author of {2}; nothing was changed": "{1} no es coautor de {2}; no se cambió nada",
        "there is no insight {1}; `handoff insight list` lists them with their numbers":
            "no hay ningún insight {1}; `handoff insight list` los lista con sus números",
        "insight {1} is already linked to {2}; nothing was changed": "el insight {1} ya está vinculado a {2}; no se cambió nada",
        "insight {1} is not linked to {2}; nothing was changed": "el insight {1} no está vinculado a {2}; no se cambió nada",
        "{1} is in {2}; only a published piece is sent to leads. Nothing was changed":
            "{1} está en {2}; solo una pieza publicada se envía a los leads. No se cambió nada",
        "sales approval is already required before a piece is published; nothing was changed":
            "la aprobación de ventas ya es obligatoria antes de publicar una pieza; no se cambió nada",
        "sales approval is already optional; nothing was changed": "la aprobación de ventas ya es opcional; no se cambió nada",
        "there is no piece of content {1}; `handoff content list` lists them with their numbers":
            "no hay ninguna pieza de contenido {1}; `handoff content list` las lista con sus números",
        "{1} was changed by {2} since you saw it; it is now in {3}. Nothing was overwritten":
            "{2} cambió {1} después de que la vieras; ahora está en {3}. No se sobrescribió nada",
        "{1} is not a member of this board, so cannot be its {2}; `handoff member list` shows the team":
            "{1} no es miembro de este tablero, así que no puede ser su {2}; `handoff member list` muestra el equipo",
        "owner": "responsable",
        "co-author": "coautor",
        "a piece of content needs a title; nothing was saved": "una pieza de contenido necesita un título; no se guardó nada",
        "a title has at most {1} characters (this one has {2})": "un título tiene como mucho {1} caracteres (este tiene {2})",
        "a link has at most {1} characters (this one has {2})": "un enlace tiene como mucho {1} caracteres (este tiene {2})",
        "a link is one line of text: a URL or a file path": "un enlace es una línea de texto: una URL o una ruta de fichero",
        // handoff/InsightCommand.swift
        "Write down what a lead said (an objection, a question, a pain...), or list what sales heard.":
            "Anota lo que dijo un lead (una objeción, una pregunta, un dolor...), o lista lo que oyó ventas.",
        "Kinds: objection, question, pain, competitor, feature_request, praise. An insight is an event of its lead:\nit is in the lead's history and the log, and `handoff undo` takes it back. Marketing links insights to the\npieces of content they motivate (`handoff content link ID --insight N`); a published piece answers them.":
            "Tipos: objection, question, pain, competitor, feature_request, praise. Un insight es un evento de su lead:\nestá en la historia del lead y en el registro, y `handoff undo` lo deshace. Marketing vincula los insights a las\npiezas de contenido que motivan (`handoff content link ID --insight N`); una pieza publicada los responde.",
        "Add an insight to a lead (same as `i`).": "Añade un insight a un lead (igual que `i`).",
        "objection, question, pain, competitor, feature_request or praise":
            "objection, question, pain, competitor, feature_request o praise",
        "the lead's own words, as they said them": "las palabras del lead, tal como las dijo",
        "List the insights heard, newest first, or their themes grouped with --by.":
            "Lista los insights oídos, los más nuevos primero, o sus temas agrupados con --by.",
        "only insights of this kind": "solo los insights de este tipo",
        "only from DATE on: YYYY-MM-DD, YYYY-MM-DD HH:MM (UTC), or Nd / Nw for the last N days or weeks":
            "solo desde FECHA: AAAA-MM-DD, AAAA-MM-DD HH:MM (UTC), o Nd / Nw para los últimos N días o semanas",
        "only the insights of this lead": "solo los insights de este lead",
        "group them: theme (the same kind and words), kind, source, campaign or stage":
            "agrúpalos: theme (el mismo tipo y palabras), kind, source, campaign o stage",
        "at most N insights or groups (default 200)": "como mucho N insights o grupos (200 por omisión)",
        "With --by, each group has its insights since DATE (all time without --since), the leads they came from,\nhow many a published piece answers, and its count in each of the last eight weeks, oldest first.":
            "Con --by, cada grupo tiene sus insights desde FECHA (desde siempre sin --since), los leads de los que vienen,\ncuántos responde una pieza publicada, y su cuenta en cada una de las últimas ocho semanas, la más antigua primero.",
        "--kind takes {1}": "--kind admite {1}",
        "Insight #{1} on {2}: {3}, {4}": "Insight n.º {1} sobre {2}: {3}, {4}",
        "Marketing turns it into content with handoff content link PIECE --insight {1}; handoff undo takes it back.":
            "Marketing lo convierte en contenido con handoff content link PIEZA --insight {1}; handoff undo lo deshace.",
        "--by takes {1} or {2}": "--by admite {1} o {2}",
        "--by groups every insight; it does not go with --kind or --lead": "--by agrupa todos los insights; no va con --kind ni --lead",
        "No insights match; add one with handoff insight add LEAD --kind KIND TEXT (or i on the board).":
            "Ningún insight coincide; añade uno con handoff insight add LEAD --kind TIPO TEXTO (o i en el tablero).",
        "WHEN": "CUÁNDO",
        "KIND": "TIPO",
        "INSIGHT": "INSIGHT",
        "(answered)": "(respondido)",
        "No insights in this period.": "No hay insights en este periodo.",
        "INSIGHTS": "INSIGHTS",
        "ANSWERED": "RESPONDIDOS",
        "LAST 8 WEEKS": "ÚLTIMAS 8 SEMANAS",
        // handoff/ContentCommand.swift
        "The pieces of content marketing makes with sales: add, move, approve, send, list.":
            "Las piezas de contenido que marketing hace con ventas: añadir, mover, aprobar, enviar, listar.",
        "Stages: idea, drafting, sales_review, published, retired. Marketing makes and moves pieces; a piece is\npublished only after a sales member approved it in sales_review (an admin may relax the rule with\n`handoff content approval optional`). Sales records the pieces sent to leads; `handoff content show ID`\ncompares the leads a piece reached with comparable leads that did not get it.":
            "Etapas: idea, drafting, sales_review, published, retired. Marketing hace y mueve las piezas; una pieza se\npublica solo después de que alguien de ventas la apruebe en sales_review (un administrador puede relajar la regla con\n`handoff content approval optional`). Ventas registra las piezas enviadas a leads; `handoff content show ID`\ncompara los leads a los que llegó una pieza con leads comparables que no la recibieron.",
        "Add a piece of content, as an idea.": "Añade una pieza de contenido, como idea.",
        "guide, case_study, deck, pitch, email, post or other": "guide, case_study, deck, pitch, email, post u other",
        "the marketer who answers for it (you, by default)": "la persona de marketing responsable (tú, por omisión)",
        "where it lives: a URL or a file path": "dónde está: una URL o una ruta de fichero",
        "Change a piece's title, kind or owner.": "Cambia el título, el tipo o el responsable de una pieza.",
        "its new title": "su nuevo título",
        "its new kind": "su nuevo tipo",
        "its new owner; none for nobody": "su nuevo responsable; none para nadie",
        "Move a piece to another stage (same as H and L in the content view).":
            "Mueve una pieza a otra etapa (igual que H y L en la vista de contenidos).",
        "STAGE is idea, drafting, sales_review, published or retired.": "ETAPA es idea, drafting, sales_review, published o retired.",
        "Name a co-author of a piece (or take one off with --remove).": "Nombra a un coautor de una pieza (o quítalo con --remove).",
        "take the co-author off": "quita al coautor",
        "Link an insight to a piece (it motivated it; published, the piece answers it), or set its URL.":
            "Vincula un insight a una pieza (la motivó; publicada, la pieza lo responde), o fija su URL.",
        "the insight's number (handoff insight list)": "el número del insight (handoff insight list)",
        "where the piece lives: a URL or a file path": "dónde está la pieza: una URL o una ruta de fichero",
        "with --insight: unlink it": "con --insight: desvincúlalo",
        "Approve a piece in sales review for sales, so it may be published.":
            "Aprueba en nombre de ventas una pieza en revisión, para que se pueda publicar.",
        "Record that a published piece was sent to a lead.": "Registra que una pieza publicada se envió a un lead.",
        "List the pieces by stage, with who took part and how many leads they reached.":
            "Lista las piezas por etapa, con quién participó y a cuántos leads llegaron.",
        "only the pieces in this stage": "solo las piezas de esta etapa",
        "One piece: who took part, the insights behind it, the leads it reached and how they did.":
            "Una pieza: quién participó, los insights detrás de ella, los leads a los que llegó y cómo les fue.",
        "print JSON instead of text": "imprime JSON en lugar de texto",
        "The most used pieces, the insights content answered, and how long insights took to become content.":
            "Las piezas más usadas, los insights que respondió el contenido y cuánto tardaron los insights en ser contenido.",
        "Show whether sales approval is required before publishing, or set it (admins).":
            "Muestra si hace falta la aprobación de ventas antes de publicar, o fíjalo (administradores).",
        "Reached: the leads the piece was sent to. Comparable: leads that reached a stage the piece was sent in (the stage\neach lead was in when it got it) and never got it. Win rate = won / (won + lost) of their closed deals; cycle = median\nwhole days from creation to the win. This is a comparison, not proof: the reps chose whom to send it to.":
            "Alcanzados: los leads a los que se envió la pieza. Comparables: leads que llegaron a una etapa en la que se envió la pieza (la etapa\nen la que estaba cada lead cuando la recibió) y nunca la recibieron. Tasa de cierre = ganados / (ganados + perdidos) de sus operaciones cerradas; ciclo = mediana\nde días completos desde la creación hasta la venta. Es una comparación, no una prueba: los comerciales eligieron a quién enviarla.",
        "'{1}' is not a piece's number; `handoff content list` lists them":
            "'{1}' no es el número de una pieza; `handoff content list` las lista",
        "'content add' needs --kind KIND: {1}": "'content add' necesita --kind TIPO: {1}",
        "Piece #{1}, {2}: an idea of {3}. Move it on with handoff content move {4} drafting.":
            "Pieza n.º {1}, {2}: una idea de {3}. Avánzala con handoff content move {4} drafting.",
        "'content edit' needs --title, --kind or --owner: what to change": "'content edit' necesita --title, --kind o --owner: qué cambiar",
        "Changed piece #{1}: {2}.": "Pieza n.º {1} cambiada: {2}.",
        "'{1}' is not a content stage; stages are {2}": "'{1}' no es una etapa de contenido; las etapas son {2}",
        "Moved piece #{1} ({2}) to {3}.": "Pieza n.º {1} ({2}) movida a {3}.",
        "Sales approves it with handoff content approve {1}; then it may be published.":
            "Ventas la aprueba con handoff content approve {1}; después se puede publicar.",
        "{1} is no longer a co-author of piece #{2}.": "{1} ya no es coautor de la pieza n.º {2}.",
        "{1} is a co-author of piece #{2} ({3}).": "{1} es coautor de la pieza n.º {2} ({3}).",
        "--url sets the piece's link; give it alone": "--url fija el enlace de la pieza; dalo solo",
        "Piece #{1} lives at {2}.": "La pieza n.º {1} está en {2}.",
        "'content link' needs --insight ID (or --url URL)": "'content link' necesita --insight ID (o --url URL)",
        "--insight takes an insight's number (handoff insight list), not '{1}'":
            "--insight admite el número de un insight (handoff insight list), no '{1}'",
        "Insight #{1} is no longer linked to piece #{2}.": "El insight n.º {1} ya no está vinculado a la pieza n.º {2}.",
        "Insight #{1} is answered by piece #{2} ({3}).": "El insight n.º {1} queda respondido por la pieza n.º {2} ({3}).",
        "Insight #{1} is linked to piece #{2} ({3}); it is answered once the piece is published.":
            "El insight n.º {1} está vinculado a la pieza n.º {2} ({3}); queda respondido cuando se publique la pieza.",
        "Approved piece #{1} ({2}) for sales; marketing may publish it: handoff content move {3} published.":
            "Pieza n.º {1} ({2}) aprobada por ventas; marketing puede publicarla: handoff content move {3} published.",
        "Sent piece #{1} ({2}) to {3}.": "Pieza n.º {1} ({2}) enviada a {3}.",
        "No pieces of content yet; add one with handoff content add TITLE --kind KIND (or n in the content view).":
            "Aún no hay piezas de contenido; añade una con handoff content add TÍTULO --kind TIPO (o n en la vista de contenidos).",
        "STAGE": "ETAPA",
        "Sales approval before publishing is optional on this board.":
            "En este tablero la aprobación de ventas antes de publicar es opcional.",
        "{1}, {2} since {3}; owner {4}.": "{1}, {2} desde el {3}; responsable {4}.",
        "Link: {1}": "Enlace: {1}",
        "approved": "aprobó",
        "Waiting for a sales member to approve it.": "Esperando a que alguien de ventas la apruebe.",
        "No insights linked to it.": "No tiene insights vinculados.",
        "Insights behind it:": "Insights detrás de ella:",
        "Sent to 1 lead.": "Enviada a 1 lead.",
        "Sent to {1} leads.": "Enviada a {1} leads.",
        "{1} closed, {2} won: win rate {3}, cycle {4}": "{1} cerradas, {2} ganadas: tasa de cierre {3}, ciclo {4}",
        "Leads that got it: {1}": "Leads que la recibieron: {1}",
        "Comparable leads that reached {1} without it: {2}": "Leads comparables que llegaron a {1} sin ella: {2}",
        "A comparison, not proof: the reps chose whom to send it to.":
            "Una comparación, no una prueba: los comerciales eligieron a quién enviarla.",
        "Most used pieces:": "Piezas más usadas:",
        "  none sent yet; record a send with handoff content sent ID LEAD (or s in a lead's detail).":
            "  ninguna enviada aún; registra un envío con handoff content sent ID LEAD (o s en la ficha de un lead).",
        "1 insight answered by published content:": "1 insight respondido por contenido publicado:",
        "{1} insights answered by published content:": "{1} insights respondidos por contenido publicado:",
        "From the first insight to the published piece:": "Desde el primer insight hasta la pieza publicada:",
        "Median: {1}.": "Mediana: {1}.",
        "Sales approval is required before a piece is published.": "Hace falta la aprobación de ventas antes de publicar una pieza.",
        "Sales approval is optional: marketing may publish a piece without it.":
            "La aprobación de ventas es opcional: marketing puede publicar una pieza sin ella.",
        "'content approval' takes required or optional": "'content approval' admite required u optional",
        "Sales approval is required again before a piece is published.":
            "Vuelve a hacer falta la aprobación de ventas antes de publicar una pieza.",
        "Sales approval is now optional: marketing may publish a piece without it.":
            "Ahora la aprobación de ventas es opcional: marketing puede publicar una pieza sin ella.",
        // handoff/LogCommand.swift
        "setting": "ajuste",
        "piece #": "pieza n.º",
        "LEAD": "LEAD",
    ]
}
