//! Lexicon entries: Adjectives and materials several categories share.

// Laid out as a table: rustfmt would spread every entry over six lines.
#[rustfmt::skip]
pub(super) static SHARED: &[(&str, [&str; 4])] = &[
    // Shared adjectives.
    ("Modern", ["moderno|moderna", "moderno|moderna", "modern", "عصري|عصرية"]),
    ("Nordic", ["nórdico|nórdica", "nórdico|nórdica", "nordisch", "اسكندنافي|اسكندنافية"]),
    ("Durable", ["resistente|resistente", "resistente|resistente", "robust", "متين|متينة"]),
    ("Portable", ["portátil|portátil", "portátil|portátil|portáteis|portáteis", "tragbar", "محمول|محمولة"]),
    ("Compact", ["compacto|compacta", "compacto|compacta", "kompakt", "مدمج|مدمجة"]),
    ("Professional", ["profesional|profesional", "profissional|profissional|profissionais|profissionais", "professionell", "احترافي|احترافية"]),
    ("Elegant", ["elegante|elegante", "elegante|elegante", "elegant", "أنيق|أنيقة"]),
    ("Casual", ["casual|casual", "casual|casual|casuais|casuais", "lässig", "كاجوال|كاجوال"]),
    ("Vintage", ["=vintage", "=vintage", "=Vintage-", "عتيق الطراز|عتيقة الطراز"]),
    ("Wireless", ["inalámbrico|inalámbrica", "=sem fio", "kabellos", "لاسلكي|لاسلكية"]),
    ("Smart", ["inteligente|inteligente", "inteligente|inteligente", "smart", "ذكي|ذكية"]),
    ("Soft", ["suave|suave", "macio|macia", "weich", "ناعم|ناعمة"]),
    ("Cute", ["bonito|bonita", "fofo|fofa", "niedlich", "لطيف|لطيفة"]),
    ("Universal", ["universal|universal", "universal|universal|universais|universais", "universell", "عالمي|عالمية"]),
    ("Lightweight", ["ligero|ligera", "leve|leve", "leicht", "خفيف|خفيفة"]),
    ("Waterproof", ["impermeable|impermeable", "impermeável|impermeável|impermeáveis|impermeáveis", "wasserdicht", "مقاوم للماء|مقاومة للماء"]),
    ("Colourful", ["colorido|colorida", "colorido|colorida", "bunt", "ملون|ملونة"]),
    ("Minimalist", ["minimalista|minimalista", "minimalista|minimalista", "minimalistisch", "بسيط|بسيطة"]),
    ("Comfortable", ["cómodo|cómoda", "confortável|confortável|confortáveis|confortáveis", "bequem", "مريح|مريحة"]),
    ("Natural", ["natural|natural", "natural|natural|naturais|naturais", "natürlich", "طبيعي|طبيعية"]),
    ("New", ["nuevo|nueva", "novo|nova", "neu", "جديد|جديدة"]),
    ("Classic", ["clásico|clásica", "clássico|clássica", "klassisch", "كلاسيكي|كلاسيكية"]),
    ("Decorative", ["decorativo|decorativa", "decorativo|decorativa", "dekorativ", "زخرفي|زخرفية"]),
    ("Energy-Saving", ["=de bajo consumo", "econômico|econômica", "energiesparend", "موفر للطاقة|موفرة للطاقة"]),
    // Shared materials.
    ("Cotton", ["Algodón", "Algodão", "Baumwolle", "قطن"]),
    ("Polyester", ["Poliéster", "Poliéster", "Polyester", "بوليستر"]),
    ("Plastic", ["Plástico", "Plástico", "Kunststoff", "بلاستيك"]),
    ("ABS plastic", ["Plástico ABS", "Plástico ABS", "ABS-Kunststoff", "بلاستيك ABS"]),
    ("Aluminium alloy", ["Aleación de aluminio", "Liga de alumínio", "Aluminiumlegierung", "سبيكة ألومنيوم"]),
    ("Stainless steel", ["Acero inoxidable", "Aço inoxidável", "Edelstahl", "فولاذ مقاوم للصدأ"]),
    ("Silicone", ["Silicona", "Silicone", "Silikon", "سيليكون"]),
    ("Wood", ["Madera", "Madeira", "Holz", "خشب"]),
    ("Glass", ["Vidrio", "Vidro", "Glas", "زجاج"]),
    ("Nylon", ["Nailon", "Náilon", "Nylon", "نايلون"]),
    ("Metal", ["Metal", "Metal", "Metall", "معدن"]),
];
