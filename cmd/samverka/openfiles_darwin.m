// The handler of macOS's "open documents" Apple Event; see openfiles_darwin.go.

#import <Cocoa/Cocoa.h>
#include "_cgo_export.h"

@interface SamverkaOpenHandler : NSObject
- (void)handleOpen:(NSAppleEventDescriptor *)event withReply:(NSAppleEventDescriptor *)reply;
- (void)install;
@end

@implementation SamverkaOpenHandler

// handleOpen passes the path of every file in the event to Go.
- (void)handleOpen:(NSAppleEventDescriptor *)event withReply:(NSAppleEventDescriptor *)reply {
	NSAppleEventDescriptor *files = [event paramDescriptorForKeyword:keyDirectObject];
	if (files == nil) {
		return;
	}
	NSInteger n = [files numberOfItems];
	if ([files descriptorType] != typeAEList) {
		n = 0;
	}
	for (NSInteger i = (n == 0 ? 0 : 1); i <= n; i++) {
		NSAppleEventDescriptor *item = (n == 0) ? files : [files descriptorAtIndex:i];
		NSAppleEventDescriptor *asURL = [item coerceToDescriptorType:typeFileURL];
		if (asURL == nil) {
			continue;
		}
		NSString *text = [[[NSString alloc] initWithData:[asURL data] encoding:NSUTF8StringEncoding] autorelease];
		NSURL *url = [NSURL URLWithString:text];
		if (url == nil || ![url isFileURL]) {
			continue;
		}
		samverkaOpenFile((char *)[[url path] fileSystemRepresentation]);
	}
}

- (void)install {
	[[NSAppleEventManager sharedAppleEventManager] setEventHandler:self
	                                                   andSelector:@selector(handleOpen:withReply:)
	                                                 forEventClass:kCoreEventClass
	                                                    andEventID:kAEOpenDocuments];
}

@end

static SamverkaOpenHandler *handler;

void samverkaListenForOpenFiles(void) {
	@autoreleasepool {
		handler = [[SamverkaOpenHandler alloc] init];
		[handler install];
		// NSApplication puts its own handler in place while it finishes
		// launching, before the event of a launch by double-click is
		// delivered; ours goes back in at that moment, as Apple advises.
		[[NSNotificationCenter defaultCenter] addObserverForName:NSApplicationWillFinishLaunchingNotification
		                                                  object:nil
		                                                   queue:nil
		                                              usingBlock:^(NSNotification *note) {
			[handler install];
		}];
	}
}
