/// Wording that marks site furniture: related-link markers, image labels and promos.
enum BlockLexicon {
    /// Markers after which every remaining block is a related-content teaser.
    static let relatedTailMarkers = phrases("""
        you may also like, you might also like, you may be interested in, more from, most read, most popular,
        most viewed, recommended, recommended for you, recommended stories, top stories, more stories,
        related topics, latest news, trending, trending now, more top stories, around the web, from around the web,
        what to read next, read next, up next, more in this section, in other news, sponsored, sponsored content
        """)

    /// Markers whose following lines, up to the next blank line, are related links.
    static let relatedGroupMarkers = phrases("""
        read more, see also, related, related articles, related stories, related content, related links,
        also read, read also, more on this story, more on this, further reading, also on, also see, more coverage,
        related coverage, related video, related videos, watch more, listen more
        """)

    /// Labels that introduce an image or video caption.
    static let captionLabels = phrases("""
        image, images, photo, photograph, picture, pic, caption, image caption, media caption, video caption,
        video, watch, graphic, illustration, image source, photo credit, credit, getty images, file photo
        """)

    /// Verbs that open a promo ("Click to subscribe…", "Please use Chrome…").
    static let promoOpeners = phrases("""
        click, subscribe, sign up, follow, download, listen, tap, share, please use, please enable, please upgrade,
        please note, please update, support, get the, join, register, log in, like us, scroll, skip, find us,
        get our, get breaking, get the latest, want more, don't miss, do not miss, watch live, advertisement,
        to continue, continue reading, this video, this content, your browser, enable javascript
        """)

    /// Nouns that promos are about.
    static let promoNouns = phrases("""
        podcast, podcasts, newsletter, newsletters, app, apps, browser, player, video player, updates, alerts,
        notifications, youtube, facebook, instagram, twitter, whatsapp, tiktok, telegram, inbox, email, e-mail,
        subscription, subscribers, premium, javascript, cookies, advert, advertisement, here, wherever you get
        """)

    /// Lines that are site furniture on their own.
    static let furniture = phrases("""
        advertisement, advert, skip advertisement, sponsored, share, share this, share this article,
        copyright, all rights reserved, comments, print, email, close, menu, loading, more, next, previous
        """)

    /// Comma-separated phrases folded to lower case, inner runs of spaces made one; split on the UTF-8 (the separators
    /// are ASCII), not on characters.
    private static func phrases(_ text: String) -> Set<String> {
        var set: Set<String> = []
        var text = text
        text.withUTF8 { bytes in
            var phrase: [UInt8] = []
            ByteFields.forEach(bytes, separatedBy: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\n") }) { item in
                phrase.removeAll(keepingCapacity: true)
                ByteFields.forEach(item, separatedBy: { $0 == UInt8(ascii: " ") }) { word in
                    if !phrase.isEmpty { phrase.append(UInt8(ascii: " ")) }
                    phrase.append(contentsOf: word)
                }
                if !phrase.isEmpty { set.insert(String(decoding: phrase, as: UTF8.self).lowercased()) }
            }
        }
        return set
    }
}
