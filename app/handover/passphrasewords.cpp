// SPDX-License-Identifier: GPL-3.0-or-later
#include "passphrasewords.h"

#include <QRandomGenerator>
#include <QStringList>

#include <cmath>
#include <iterator>

namespace {

// Short, everyday, kind words that a carer can read aloud, write down and type without
// spelling trouble: the passphrase of a child's story is copied by hand onto paper.
// Written for Belonging; sorted, no repeats (checked by the test).
const char *const kWords[] = {
    "able",      "acorn",     "active",    "actor",     "adder",     "afloat",    "agent",
    "agile",     "airy",      "alarm",     "album",     "alive",     "alley",     "almond",
    "amazing",   "amber",     "ample",     "anchor",    "ancient",   "angle",     "ankle",
    "antler",    "apple",     "apricot",   "apron",     "arcade",    "arch",      "arena",
    "armour",    "arrow",     "atlas",     "attic",     "autumn",    "avocado",   "awake",
    "award",     "axle",      "baby",      "bacon",     "badge",     "badger",    "bagel",
    "bagpipe",   "baker",     "balcony",   "ball",      "ballet",    "balloon",   "bamboo",
    "banana",    "band",      "bandana",   "banjo",     "bank",      "banner",    "barley",
    "barn",      "barrel",    "basil",     "basket",    "bath",      "beach",     "beacon",
    "bead",      "beak",      "beam",      "bean",      "bear",      "beard",     "beaver",
    "bed",       "bee",       "beetle",    "beetroot",  "bell",      "belt",      "bench",
    "berry",     "bicycle",   "bike",      "binder",    "birch",     "bird",      "biscuit",
    "bison",     "blackbird", "blanket",   "blaze",     "blender",   "blossom",   "blue",
    "bluebell",  "board",     "boat",      "bobcat",    "bold",      "bonfire",   "bonnet",
    "book",      "boomerang", "boot",      "bottle",    "boulder",   "bounce",    "bouncy",
    "bowl",      "box",       "bracelet",  "bracket",   "brainy",    "bramble",   "branch",
    "brave",     "bread",     "breeze",    "breezy",    "brick",     "bridge",    "bright",
    "brisk",     "brook",     "broom",     "brownie",   "brush",     "bubble",    "bubbly",
    "bucket",    "buckle",    "bugle",     "build",     "bulb",      "bundle",    "bunny",
    "burrow",    "busy",      "butter",    "buttercup", "button",    "buzzard",   "cabbage",
    "cabin",     "cable",     "cactus",    "cake",      "calm",      "camel",     "camera",
    "camp",      "canal",     "candle",    "canoe",     "canvas",    "canyon",    "cape",
    "captain",   "caramel",   "card",      "cardigan",  "careful",   "carousel",  "carpet",
    "carrot",    "carry",     "cart",      "cashew",    "castle",    "cat",       "catch",
    "catkin",    "cave",      "cedar",     "cello",     "chair",     "chalk",     "champion",
    "chapel",    "cheerful",  "cheery",    "cheese",    "cherry",    "chess",     "chest",
    "chestnut",  "chick",     "chimney",   "chipmunk",  "chirpy",    "chorus",    "chutney",
    "cider",     "cinema",    "circle",    "circus",    "city",      "clam",      "clarinet",
    "clay",      "clever",    "cliff",     "climb",     "clock",     "cloud",     "cloudy",
    "clover",    "clown",     "coach",     "coast",     "coat",      "cobweb",    "cockle",
    "cocoa",     "coconut",   "comet",     "comfy",     "compass",   "conker",    "cook",
    "cookie",    "cool",      "copper",    "coral",     "corner",    "cornflake", "cosy",
    "cotton",    "couch",     "count",     "country",   "cousin",    "cover",     "cowboy",
    "crab",      "cradle",    "crane",     "crayon",    "creek",     "cricket",   "crisp",
    "crocus",    "crown",     "crumb",     "crumpet",   "crunchy",   "crystal",   "cub",
    "cube",      "cuckoo",    "cuddly",    "cup",       "cupboard",  "cupcake",   "curious",
    "curly",     "curtain",   "cushion",   "custard",   "cycle",     "cygnet",    "cymbal",
    "dahlia",    "dainty",    "daisy",     "damson",    "dance",     "dandelion", "dapper",
    "dawn",      "dazzling",  "deer",      "desert",    "desk",      "diamond",   "diary",
    "dig",       "dinghy",    "dingo",     "dinner",    "dipper",    "dish",      "diver",
    "dock",      "doctor",    "dolphin",   "domino",    "donkey",    "door",      "doormat",
    "dormouse",  "doughnut",  "dove",      "dragon",    "dragonfly", "draw",      "drawer",
    "dream",     "dreamy",    "dress",     "drizzle",   "drum",      "duck",      "duckling",
    "dumpling",  "dune",      "dust",      "dusty",     "duvet",     "eager",     "eagle",
    "early",     "earmuff",   "earth",     "easel",     "easy",      "echo",      "eclipse",
    "eel",       "egg",       "eggcup",    "elbow",     "elder",     "electric",  "elegant",
    "elephant",  "elf",       "elm",       "ember",     "emerald",   "engine",    "envelope",
    "epic",      "equator",   "even",      "evening",   "exact",     "explore",   "extra",
    "fable",     "fair",      "fairy",     "falcon",    "family",    "famous",    "fan",
    "fancy",     "farm",      "fast",      "fearless",  "feast",     "feather",   "fence",
    "fern",      "ferry",     "festival",  "festive",   "fiddle",    "field",     "fig",
    "finch",     "fine",      "fire",      "fireworks", "firm",      "fish",      "fizzy",
    "flag",      "flame",     "flapjack",  "flask",     "fleece",    "flint",     "flipper",
    "float",     "flock",     "flower",    "fluffy",    "flute",     "fly",       "flying",
    "foal",      "fog",       "folder",    "forest",    "fork",      "fort",      "fossil",
    "fountain",  "fox",       "foxglove",  "frame",     "freckle",   "freesia",   "fresh",
    "fridge",    "friend",    "friendly",  "frog",      "frost",     "frosty",    "fruit",
    "fudge",     "full",      "funnel",    "funny",     "fuzzy",     "gadget",    "galaxy",
    "gannet",    "garden",    "garlic",    "gate",      "gather",    "gazebo",    "gazelle",
    "gecko",     "gem",       "gentle",    "gherkin",   "giant",     "gift",      "giggle",
    "ginger",    "giraffe",   "glacier",   "glad",      "glade",     "glass",     "gleaming",
    "glide",     "glider",    "globe",     "glossy",    "glove",     "goat",      "golden",
    "goldfish",  "good",      "goose",     "gorilla",   "gosling",   "graceful",  "grand",
    "granola",   "grape",     "grass",     "gravel",    "great",     "green",     "griffin",
    "grove",     "grow",      "guitar",    "gull",      "guppy",     "habit",     "haddock",
    "hairband",  "halibut",   "hammer",    "hammock",   "hamster",   "hand",      "handy",
    "happy",     "harbour",   "hardy",     "harebell",  "harp",      "harvest",   "hat",
    "hawk",      "hazel",     "hazelnut",  "heart",     "hearty",    "hedge",     "hedgehog",
    "helmet",    "helpful",   "hen",       "heron",     "hiccup",    "hike",      "hill",
    "hippo",     "hive",      "hobby",     "holly",     "honest",    "honey",     "honeybee",
    "hoof",      "hook",      "hoop",      "hop",       "hopeful",   "hopscotch", "horizon",
    "horn",      "horse",     "hotel",     "hound",     "house",     "hug",       "huge",
    "hut",       "ice",       "iceberg",   "icy",       "ideal",     "igloo",     "iguana",
    "inch",      "ink",       "insect",    "island",    "ivory",     "ivy",       "jacket",
    "jaguar",    "jam",       "jar",       "jasmine",   "jazz",      "jelly",     "jellyfish",
    "jetty",     "jewel",     "jigsaw",    "jockey",    "jolly",     "journey",   "joyful",
    "jug",       "juggle",    "juice",     "juicy",     "jumble",    "jump",      "jumper",
    "jumpy",     "jungle",    "kale",      "kayak",     "keen",      "kennel",    "kestrel",
    "kettle",    "key",       "kilt",      "kind",      "kindly",    "king",      "kingly",
    "kipper",    "kite",      "kitten",    "kiwi",      "knee",      "knit",      "knot",
    "koala",     "ladder",    "ladle",     "ladybird",  "lagoon",    "lake",      "lamb",
    "lamp",      "lantern",   "laptop",    "lark",      "lasso",     "laugh",     "lava",
    "lavender",  "lawn",      "leaf",      "lemon",     "lemonade",  "lentil",    "leopard",
    "letter",    "lettuce",   "library",   "lily",      "lime",      "limerick",  "limpet",
    "linen",     "lion",      "listen",    "lively",    "lizard",    "llama",     "lobster",
    "locket",    "lodge",     "lollipop",  "lorry",     "lotus",     "lovely",    "loyal",
    "lucky",     "lunch",     "macaroni",  "mackerel",  "magic",     "magnet",    "magpie",
    "majestic",  "mallard",   "mango",     "map",       "maple",     "marble",    "march",
    "marigold",  "market",    "marmalade", "marsh",     "marzipan",  "mask",      "meadow",
    "medal",     "meerkat",   "melody",    "melon",     "mend",      "mermaid",   "merry",
    "meteor",    "mighty",    "mild",      "mill",      "minnow",    "mint",      "mirror",
    "mistletoe", "misty",     "mitten",    "modern",    "modest",    "mole",      "monkey",
    "moon",      "moorhen",   "moose",     "moss",      "moth",      "mountain",  "mouse",
    "muesli",    "muffin",    "mug",       "mulberry",  "munch",     "mushroom",  "music",
    "musical",   "nail",      "napkin",    "narwhal",   "nature",    "neat",      "nectar",
    "needle",    "nest",      "net",       "nettle",    "newt",      "nibble",    "night",
    "nimble",    "noble",     "noodle",    "north",     "notebook",  "nougat",    "number",
    "nutmeg",    "nutshell",  "nutty",     "oak",       "oar",       "oasis",     "oatmeal",
    "ocean",     "octopus",   "office",    "olive",     "omelette",  "onion",     "opal",
    "orange",    "orangutan", "orbit",     "orchard",   "orchid",    "organ",     "ostrich",
    "otter",     "oven",      "owl",       "oyster",    "paddle",    "page",      "paint",
    "palace",    "palm",      "pancake",   "panda",     "pansy",     "paper",     "paperclip",
    "parcel",    "park",      "parrot",    "parsnip",   "pasta",     "pastry",    "path",
    "patient",   "peaceful",  "peach",     "peacock",   "peanut",    "peapod",    "pear",
    "pebble",    "pelican",   "pen",       "pencil",    "penguin",   "pepper",    "perfect",
    "piano",     "picnic",    "pie",       "pier",      "pig",       "pigeon",    "pillow",
    "pilot",     "pine",      "pinecone",  "pinwheel",  "pirate",    "pizza",     "planet",
    "plant",     "plate",     "play",      "playful",   "plover",    "plucky",    "plum",
    "plump",     "pocket",    "poem",      "polar",     "polite",    "pond",      "pony",
    "popcorn",   "poppy",     "porch",     "porridge",  "possum",    "potato",    "pottery",
    "primrose",  "proud",     "pudding",   "puddle",    "puffin",    "pumpkin",   "puppet",
    "puppy",     "purple",    "puzzle",    "quail",     "quarry",    "quartz",    "queen",
    "quest",     "quick",     "quiet",     "quill",     "quilt",     "quince",    "quiz",
    "rabbit",    "raccoon",   "race",      "radio",     "radish",    "raft",      "ragdoll",
    "rain",      "rainbow",   "raisin",    "rake",      "rapid",     "raspberry", "raven",
    "read",      "ready",     "redwood",   "reef",      "regal",     "reindeer",  "rhubarb",
    "ribbon",    "rice",      "riddle",    "ride",      "ripple",    "river",     "road",
    "robin",     "rocket",    "rockpool",  "roof",      "room",      "rope",      "rose",
    "rosehip",   "rosy",      "round",     "row",       "rowan",     "royal",     "ruby",
    "rug",       "ruler",     "run",       "rustic",    "saddle",    "safe",      "sail",
    "sailboat",  "salad",     "salmon",    "salty",     "sand",      "sandal",    "sandy",
    "sardine",   "satchel",   "saucer",    "scarf",     "scarlet",   "school",    "scone",
    "scooter",   "seagull",   "seal",      "seashell",  "season",    "seed",      "shadow",
    "shark",     "sheep",     "shell",     "shelter",   "sherbet",   "shiny",     "ship",
    "shoe",      "shore",     "shovel",    "silent",    "silky",     "silver",    "simple",
    "sing",      "singer",    "skate",     "sketch",    "ski",       "skip",      "sky",
    "skylark",   "sledge",    "sleep",     "sleepy",    "slim",      "sloth",     "smart",
    "smile",     "smooth",    "snail",     "snappy",    "snow",      "snowdrop",  "snowflake",
    "snowy",     "snug",      "sock",      "sofa",      "soft",      "solid",     "song",
    "songbird",  "sparkler",  "sparkly",   "sparrow",   "speedy",    "spicy",     "spider",
    "splash",    "splendid",  "spoon",     "spring",    "sprint",    "sprout",    "squash",
    "squid",     "squirrel",  "stable",    "stair",     "star",      "starfish",  "station",
    "statue",    "steady",    "stone",     "stool",     "storm",     "stormy",    "story",
    "stream",    "street",    "stroll",    "strong",    "sturdy",    "sugar",     "summer",
    "sun",       "sunbeam",   "sunflower", "sunny",     "sunrise",   "sunset",    "super",
    "swallow",   "swan",      "sweater",   "sweet",     "swift",     "swim",      "swing",
    "swirl",     "table",     "tablet",    "tadpole",   "talk",      "tall",      "tangerine",
    "tea",       "teacup",    "teapot",    "teddy",     "tender",    "tent",      "thankful",
    "thimble",   "thistle",   "thrush",    "thunder",   "ticket",    "tidy",      "tiger",
    "timber",    "tiny",      "toadstool", "toast",     "toasty",    "toffee",    "tomato",
    "torch",     "tortoise",  "toucan",    "tough",     "tower",     "town",      "toy",
    "tractor",   "train",     "tree",      "treehouse", "trombone",  "tropical",  "true",
    "trumpet",   "trusty",    "tugboat",   "tulip",     "tunnel",    "turnip",    "turtle",
    "twirl",     "umbrella",  "unicorn",   "uniform",   "unique",    "useful",    "valley",
    "van",       "vase",      "vast",      "velvet",    "velvety",   "village",   "violin",
    "vivid",     "volcano",   "voyage",    "wagon",     "walkway",   "walnut",    "walrus",
    "wand",      "wander",    "wardrobe",  "warm",      "waterfall", "wave",      "wavy",
    "weasel",    "whale",     "wheat",     "wheel",     "whisper",   "whistle",   "whole",
    "wide",      "wiggle",    "wild",      "willow",    "windmill",  "window",    "windy",
    "winter",    "wise",      "witty",     "wizard",    "wolf",      "wombat",    "wood",
    "woodland",  "wool",      "woolly",    "world",     "worm",      "wren",      "write",
    "yacht",     "yak",       "yard",      "yarn",      "yawn",      "year",      "yellow",
    "yogurt",    "yolk",      "young",     "yoyo",      "zany",      "zebra",     "zero",
    "zesty",     "zigzag",    "zipper",    "zone",
};

} // namespace

int PassphraseWords::listSize()
{
    return int(std::size(kWords));
}

QString PassphraseWords::word(int index)
{
    return QString::fromLatin1(kWords[index]);
}

double PassphraseWords::bits(int count)
{
    return count * std::log2(double(listSize()));
}

QString PassphraseWords::generate(int count)
{
    // The operating system's generator: a passphrase must not be guessable from the time.
    QStringList words;
    for (int i = 0; i < count; ++i)
        words << word(int(QRandomGenerator::system()->bounded(quint32(listSize()))));
    return words.join(QLatin1Char(' ')); // as it is written down and read out
}
